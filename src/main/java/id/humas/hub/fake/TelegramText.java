package id.humas.hub.fake;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Telegram's formatted-text parsers, ported from TDLib's {@code MessageEntity.cpp} (which the Bot API server uses):
 * {@code parse_html}, {@code parse_markdown_v2} and the legacy {@code parse_markdown}.
 *
 * <p>The result is the visible text plus its entities with UTF-16 offsets, exactly the way Telegram returns
 * them in a {@code Message}. Errors carry TDLib's messages (the Bot API prefixes them with
 * {@code "Bad Request: can't parse entities: "}). Byte offsets are UTF-8 byte offsets into the input, as in
 * Telegram.
 *
 * <p>One deliberate difference: with {@code strictAmpersand} the HTML parser rejects a bare {@code &} that does not
 * start one of the entities Telegram understands ({@code &lt; &gt; &amp; &quot; &#NNN; &#xHH;}). Real Telegram keeps
 * such an {@code &} literally, but a bare {@code &} almost always means the bot forgot to escape user content.
 */
public final class TelegramText {

    private TelegramText() {
    }

    /** One formatting entity, offsets/lengths in UTF-16 code units (as in the Bot API). */
    public record Entity(String type, int offset, int length, String url, String language, String customEmojiId) {
        Entity(String type, int offset, int length) {
            this(type, offset, length, null, null, null);
        }

        Entity shifted(int delta, int maxEnd) {
            int start = Math.max(0, offset + delta);
            int end = Math.min(maxEnd, offset + length + delta);
            return end <= start ? null : new Entity(type, start, end - start, url, language, customEmojiId);
        }
    }

    /** Visible text after parsing and its entities. */
    public record Parsed(String text, List<Entity> entities) {

        /** Length the way Telegram counts its limits (UTF-16 code units). */
        public int length() {
            return text.length();
        }

        /** Trims leading/trailing whitespace like Telegram does before sending, shifting entities accordingly. */
        public Parsed trimmed() {
            int start = 0;
            int end = text.length();
            while (start < end && isTrimmable(text.charAt(start))) {
                start++;
            }
            while (end > start && isTrimmable(text.charAt(end - 1))) {
                end--;
            }
            if (start == 0 && end == text.length()) {
                return this;
            }
            String t = text.substring(start, end);
            List<Entity> shifted = new ArrayList<>();
            for (Entity e : entities) {
                Entity s = e.shifted(-start, t.length());
                if (s != null) {
                    shifted.add(s);
                }
            }
            return new Parsed(t, List.copyOf(shifted));
        }

        private static boolean isTrimmable(char c) {
            return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u000b' || c == '\f';
        }
    }

    /** A parse failure; the message is TDLib's (without the Bot API prefix). */
    public static final class ParseException extends Exception {
        ParseException(String message) {
            super(message);
        }
    }

    /** Plain text, no parsing. */
    public static Parsed plain(String text) {
        return new Parsed(text, List.of());
    }

    /**
     * Parses according to a Bot API {@code parse_mode} (case-insensitive, null/empty means none).
     *
     * @throws IllegalArgumentException for an unsupported parse mode
     */
    public static Parsed parse(String text, String parseMode, boolean strictAmpersand) throws ParseException {
        String mode = parseMode == null ? "" : parseMode.toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "" -> plain(text);
            case "html" -> parseHtml(text, strictAmpersand);
            case "markdownv2" -> parseMarkdownV2(text);
            case "markdown" -> parseMarkdown(text);
            default -> throw new IllegalArgumentException("unsupported parse_mode");
        };
    }

    // ------------------------------------------------------------------------------------------------------------
    // HTML
    // ------------------------------------------------------------------------------------------------------------

    private static final Set<String> HTML_TAGS = Set.of("a", "b", "strong", "i", "em", "s", "strike", "del", "u",
            "ins", "tg-spoiler", "tg-emoji", "span", "pre", "code", "blockquote");

    private record HtmlTag(String name, String argument, int utf16Offset, int resultPos, boolean expandable) {
    }

    public static Parsed parseHtml(String input, boolean strictAmpersand) throws ParseException {
        byte[] t = input.getBytes(StandardCharsets.UTF_8);
        int n = t.length;
        Out out = new Out(n);
        List<Entity> entities = new ArrayList<>();
        Deque<HtmlTag> nested = new ArrayDeque<>();

        for (int i = 0; i < n; i++) {
            int c = at(t, i);
            if (c == '&') {
                int[] pos = {i};
                int code = decodeHtmlEntity(t, pos);
                if (code != 0) {
                    if (code >= 0xd800 && code <= 0xdfff) {
                        throw new ParseException("Text contains invalid Unicode characters after decoding HTML "
                                + "entities, check for unmatched surrogate code units");
                    }
                    i = pos[0] - 1;
                    out.appendCodePoint(code);
                    continue;
                }
                if (strictAmpersand) {
                    throw new ParseException("Unsupported HTML entity at byte offset " + i
                            + " (FakeTelegram strict mode: escape a literal '&' as &amp;)");
                }
            }
            if (c != '<') {
                out.appendByte(c);
                continue;
            }

            int beginPos = i++;
            if (at(t, i) != '/') {
                // begin of an entity
                while (!isSpace(at(t, i)) && at(t, i) != '>') {
                    i++;
                }
                if (at(t, i) == 0) {
                    throw new ParseException("Unclosed start tag at byte offset " + beginPos);
                }
                String tagName = str(t, beginPos + 1, i).toLowerCase(Locale.ROOT);
                if (!HTML_TAGS.contains(tagName)) {
                    throw new ParseException("Unsupported start tag \"" + tagName + "\" at byte offset " + beginPos);
                }

                String argument = "";
                boolean expandable = false;
                while (at(t, i) != '>') {
                    while (at(t, i) != 0 && isSpace(at(t, i))) {
                        i++;
                    }
                    if (at(t, i) == '>') {
                        break;
                    }
                    int attributeBegin = i;
                    while (!isSpace(at(t, i)) && at(t, i) != '=' && at(t, i) != '>') {
                        i++;
                    }
                    String attributeName = str(t, attributeBegin, i);
                    if (attributeName.isEmpty()) {
                        throw new ParseException("Empty attribute name in the tag \"" + tagName
                                + "\" at byte offset " + beginPos);
                    }
                    while (at(t, i) != 0 && isSpace(at(t, i))) {
                        i++;
                    }
                    if (at(t, i) != '=') {
                        if (tagName.equals("blockquote") && attributeName.equals("expandable")) {
                            expandable = true;
                            if (at(t, i) == 0) {
                                throw new ParseException("Unclosed start tag at byte offset " + beginPos);
                            }
                            continue;
                        }
                        throw new ParseException("Expected equal sign in declaration of an attribute of the tag \""
                                + tagName + "\" at byte offset " + beginPos);
                    }
                    i++;
                    while (at(t, i) != 0 && isSpace(at(t, i))) {
                        i++;
                    }
                    if (at(t, i) == 0) {
                        throw new ParseException("Unclosed start tag \"" + tagName + "\" at byte offset " + beginPos);
                    }

                    String attributeValue;
                    if (at(t, i) != '\'' && at(t, i) != '"') {
                        // a name token: letters, digits, periods, hyphens; case-insensitive
                        int tokenBegin = i;
                        while (isAlnum(at(t, i)) || at(t, i) == '.' || at(t, i) == '-') {
                            i++;
                        }
                        attributeValue = str(t, tokenBegin, i).toLowerCase(Locale.ROOT);
                        if (!isSpace(at(t, i)) && at(t, i) != '>') {
                            throw new ParseException("Unexpected end of name token at byte offset " + tokenBegin);
                        }
                    } else {
                        int endCharacter = at(t, i++);
                        ByteArrayOutputStream value = new ByteArrayOutputStream();
                        while (at(t, i) != endCharacter && at(t, i) != 0) {
                            if (at(t, i) == '&') {
                                int[] pos = {i};
                                int code = decodeHtmlEntity(t, pos);
                                if (code != 0) {
                                    byte[] b = new String(Character.toChars(code)).getBytes(StandardCharsets.UTF_8);
                                    value.write(b, 0, b.length);
                                    i = pos[0];
                                    continue;
                                }
                            }
                            value.write(t[i++]);
                        }
                        if (at(t, i) == endCharacter) {
                            i++;
                        }
                        attributeValue = value.toString(StandardCharsets.UTF_8);
                    }
                    if (at(t, i) == 0) {
                        throw new ParseException("Unclosed start tag at byte offset " + beginPos);
                    }

                    if (tagName.equals("a") && attributeName.equals("href")) {
                        argument = attributeValue;
                    } else if (tagName.equals("code") && attributeName.equals("class")
                            && attributeValue.startsWith("language-")) {
                        argument = attributeValue.substring(9);
                    } else if (tagName.equals("span") && attributeName.equals("class")
                            && attributeValue.startsWith("tg-")) {
                        argument = attributeValue.substring(3);
                    } else if (tagName.equals("tg-emoji") && attributeName.equals("emoji-id")) {
                        argument = attributeValue;
                    }
                }

                if (tagName.equals("span") && !argument.equals("spoiler")) {
                    throw new ParseException("Tag \"span\" must have class \"tg-spoiler\" at byte offset " + beginPos);
                }
                nested.push(new HtmlTag(tagName, argument, out.utf16, out.size(), expandable));
            } else {
                // end of an entity
                if (nested.isEmpty()) {
                    throw new ParseException("Unexpected end tag at byte offset " + beginPos);
                }
                while (!isSpace(at(t, i)) && at(t, i) != '>') {
                    i++;
                }
                String endTagName = str(t, beginPos + 2, i).toLowerCase(Locale.ROOT);
                while (isSpace(at(t, i)) && at(t, i) != 0) {
                    i++;
                }
                if (at(t, i) != '>') {
                    throw new ParseException("Unclosed end tag at byte offset " + beginPos);
                }
                HtmlTag open = nested.peek();
                String tagName = open.name();
                if (!endTagName.isEmpty() && !endTagName.equals(tagName)) {
                    throw new ParseException("Unmatched end tag at byte offset " + beginPos + ", expected \"</"
                            + tagName + ">\", found \"</" + endTagName + ">\"");
                }
                if (out.utf16 > open.utf16Offset()) {
                    int offset = open.utf16Offset();
                    int length = out.utf16 - offset;
                    switch (tagName) {
                        case "i", "em" -> entities.add(new Entity("italic", offset, length));
                        case "b", "strong" -> entities.add(new Entity("bold", offset, length));
                        case "s", "strike", "del" -> entities.add(new Entity("strikethrough", offset, length));
                        case "u", "ins" -> entities.add(new Entity("underline", offset, length));
                        case "tg-spoiler", "span" -> entities.add(new Entity("spoiler", offset, length));
                        case "tg-emoji" -> {
                            long id;
                            try {
                                id = Long.parseLong(open.argument());
                            } catch (NumberFormatException e) {
                                id = 0;
                            }
                            if (id == 0) {
                                throw new ParseException("Invalid custom emoji identifier specified");
                            }
                            entities.add(new Entity("custom_emoji", offset, length, null, null, Long.toString(id)));
                        }
                        case "a" -> {
                            String url = open.argument();
                            if (url.isEmpty()) {
                                url = out.substring(open.resultPos());
                            }
                            if (!url.isEmpty()) {
                                entities.add(new Entity("text_link", offset, length, url, null, null));
                            }
                        }
                        case "pre" -> {
                            Entity last = entities.isEmpty() ? null : entities.get(entities.size() - 1);
                            if (last != null && last.type().equals("code") && last.offset() == offset
                                    && last.length() == length && last.language() != null) {
                                entities.set(entities.size() - 1,
                                        new Entity("pre", offset, length, null, last.language(), null));
                            } else {
                                entities.add(new Entity("pre", offset, length));
                            }
                        }
                        case "code" -> {
                            Entity last = entities.isEmpty() ? null : entities.get(entities.size() - 1);
                            String language = open.argument().isEmpty() ? null : open.argument();
                            if (last != null && last.type().equals("pre") && last.offset() == offset
                                    && last.length() == length && language != null) {
                                entities.set(entities.size() - 1,
                                        new Entity("pre", offset, length, null, language, null));
                            } else {
                                entities.add(new Entity("code", offset, length, null, language, null));
                            }
                        }
                        case "blockquote" -> entities.add(new Entity(
                                open.expandable() ? "expandable_blockquote" : "blockquote", offset, length));
                        default -> throw new IllegalStateException(tagName);
                    }
                }
                nested.pop();
            }
        }
        if (!nested.isEmpty()) {
            throw new ParseException("Can't find end tag corresponding to start tag \"" + nested.peek().name() + "\"");
        }
        List<Entity> result = new ArrayList<>();
        for (Entity e : entities) {
            // a "code" entity keeps its language only when it became a "pre"
            result.add(e.type().equals("code") && e.language() != null
                    ? new Entity("code", e.offset(), e.length()) : e);
        }
        return new Parsed(out.string(), sorted(result));
    }

    private static int decodeHtmlEntity(byte[] t, int[] posRef) {
        int pos = posRef[0];
        if (at(t, pos) != '&') {
            return 0;
        }
        int endPos = pos + 1;
        long res = 0;
        if (at(t, pos + 1) == '#') {
            // numeric character reference
            endPos++;
            if (at(t, pos + 2) == 'x') {
                endPos++;
                while (isHexDigit(at(t, endPos))) {
                    res = Math.min(res * 16 + Character.digit(at(t, endPos++), 16), 0x7fffffffL);
                }
            } else {
                while (isDigit(at(t, endPos))) {
                    res = Math.min(res * 10 + (at(t, endPos++) - '0'), 0x7fffffffL);
                }
            }
            if (res == 0 || res >= 0x10ffff || endPos - pos >= 10) {
                return 0;
            }
        } else {
            while (isAlpha(at(t, endPos))) {
                endPos++;
            }
            String entity = str(t, pos + 1, endPos);
            switch (entity) {
                case "lt" -> res = '<';
                case "gt" -> res = '>';
                case "amp" -> res = '&';
                case "quot" -> res = '"';
                default -> {
                    return 0;
                }
            }
        }
        posRef[0] = at(t, endPos) == ';' ? endPos + 1 : endPos;
        return (int) res;
    }

    // ------------------------------------------------------------------------------------------------------------
    // MarkdownV2
    // ------------------------------------------------------------------------------------------------------------

    private record MdEntity(String type, String argument, int utf16Offset, int byteOffset, int resultPos) {
    }

    private static final String MARKDOWN_V2_RESERVED = "_*[]()~`>#+-=|{}.!";

    public static Parsed parseMarkdownV2(String input) throws ParseException {
        byte[] t = input.getBytes(StandardCharsets.UTF_8);
        int n = t.length;
        Out out = new Out(n);
        List<Entity> entities = new ArrayList<>();
        Deque<MdEntity> nested = new ArrayDeque<>();
        int quoteStart = -1; // utf16 offset of an open block quote
        boolean quoteExpandable = false;

        for (int i = 0; i < n; i++) {
            int c = at(t, i);
            boolean inCode = !nested.isEmpty()
                    && (nested.peek().type().equals("Code") || nested.peek().type().equals("Pre"));
            boolean lineStart = i == 0 || at(t, i - 1) == '\n';

            // block quotes: lines starting with '>' (or "**>" for an expandable one)
            if (!inCode && lineStart) {
                if (c == '>') {
                    if (quoteStart < 0) {
                        quoteStart = out.utf16;
                        quoteExpandable = false;
                    }
                    continue;
                }
                if (c == '*' && at(t, i + 1) == '*' && at(t, i + 2) == '>') {
                    if (quoteStart >= 0) {
                        closeQuote(entities, quoteStart, out.utf16, quoteExpandable);
                    }
                    quoteStart = out.utf16;
                    quoteExpandable = true;
                    i += 2;
                    continue;
                }
                if (quoteStart >= 0 && i > 0) {
                    // the quote ended with the previous line (excluding its newline)
                    closeQuote(entities, quoteStart, out.utf16 - 1, quoteExpandable);
                    quoteStart = -1;
                }
            }
            if (quoteExpandable && quoteStart >= 0 && !inCode && c == '|' && at(t, i + 1) == '|'
                    && (at(t, i + 2) == '\n' || at(t, i + 2) == 0)
                    && (nested.isEmpty() || !nested.peek().type().equals("Spoiler"))) {
                // "||" at the end of an expandable block quote marks its end
                i++;
                continue;
            }

            if (c == '\\' && at(t, i + 1) > 0 && at(t, i + 1) <= 126) {
                i++;
                out.appendByte(at(t, i));
                continue;
            }
            String reserved = inCode ? "`" : MARKDOWN_V2_RESERVED;
            if (c == 0 || reserved.indexOf(c) < 0) {
                out.appendByte(c);
                continue;
            }

            boolean isEndOfEntity = false;
            if (!nested.isEmpty()) {
                isEndOfEntity = switch (nested.peek().type()) {
                    case "Bold" -> c == '*';
                    case "Italic" -> c == '_' && at(t, i + 1) != '_';
                    case "Code" -> c == '`';
                    case "Pre" -> c == '`' && at(t, i + 1) == '`' && at(t, i + 2) == '`';
                    case "TextUrl", "CustomEmoji" -> c == ']';
                    case "Underline" -> c == '_' && at(t, i + 1) == '_';
                    case "Strikethrough" -> c == '~';
                    case "Spoiler" -> c == '|' && at(t, i + 1) == '|';
                    default -> throw new IllegalStateException();
                };
            }

            if (!isEndOfEntity) {
                String type;
                String argument = "";
                int entityByteOffset = i;
                switch (c) {
                    case '_' -> {
                        if (at(t, i + 1) == '_') {
                            type = "Underline";
                            i++;
                        } else {
                            type = "Italic";
                        }
                    }
                    case '*' -> type = "Bold";
                    case '~' -> type = "Strikethrough";
                    case '|' -> {
                        if (at(t, i + 1) == '|') {
                            i++;
                            type = "Spoiler";
                        } else {
                            throw reservedCharacter(c);
                        }
                    }
                    case '[' -> type = "TextUrl";
                    case '`' -> {
                        if (at(t, i + 1) == '`' && at(t, i + 2) == '`') {
                            i += 3;
                            type = "Pre";
                            int languageEnd = i;
                            while (!isSpace(at(t, languageEnd)) && at(t, languageEnd) != '`') {
                                languageEnd++;
                            }
                            if (i != languageEnd && languageEnd < n && at(t, languageEnd) != '`') {
                                argument = str(t, i, languageEnd);
                                i = languageEnd;
                            }
                            // skip one new line at the beginning of the text
                            if (at(t, i) == '\n' || at(t, i) == '\r') {
                                if ((at(t, i + 1) == '\n' || at(t, i + 1) == '\r') && at(t, i) != at(t, i + 1)) {
                                    i += 2;
                                } else {
                                    i++;
                                }
                            }
                            i--;
                        } else {
                            type = "Code";
                        }
                    }
                    case '!' -> {
                        if (at(t, i + 1) == '[') {
                            i++;
                            type = "CustomEmoji";
                        } else {
                            throw reservedCharacter(c);
                        }
                    }
                    default -> throw reservedCharacter(c);
                }
                nested.push(new MdEntity(type, argument, out.utf16, entityByteOffset, out.size()));
            } else {
                MdEntity open = nested.peek();
                String type = open.type();
                String argument = open.argument();
                switch (type) {
                    case "Bold", "Italic", "Code", "Strikethrough" -> {
                    }
                    case "Underline", "Spoiler" -> i++;
                    case "Pre" -> i += 2;
                    case "TextUrl", "CustomEmoji" -> {
                        String url;
                        if (at(t, i + 1) != '(') {
                            url = out.substring(open.resultPos());
                        } else {
                            i += 2;
                            int urlBegin = i;
                            ByteArrayOutputStream u = new ByteArrayOutputStream();
                            while (i < n && at(t, i) != ')') {
                                if (at(t, i) == '\\' && at(t, i + 1) > 0 && at(t, i + 1) <= 126) {
                                    u.write(at(t, i + 1));
                                    i += 2;
                                    continue;
                                }
                                u.write(t[i++]);
                            }
                            if (at(t, i) != ')') {
                                throw new ParseException("Can't find end of a URL at byte offset " + urlBegin);
                            }
                            url = u.toString(StandardCharsets.UTF_8);
                        }
                        argument = url;
                    }
                    default -> throw new IllegalStateException(type);
                }
                int offset = open.utf16Offset();
                int length = out.utf16 - offset;
                if (type.equals("CustomEmoji")) {
                    String id = argument.startsWith("tg://emoji?id=") ? argument.substring(14) : "";
                    if (!id.matches("[1-9][0-9]{0,18}")) {
                        throw new ParseException("Invalid custom emoji identifier specified");
                    }
                    if (length > 0) {
                        entities.add(new Entity("custom_emoji", offset, length, null, null, id));
                    }
                } else if (length > 0) {
                    switch (type) {
                        case "Bold" -> entities.add(new Entity("bold", offset, length));
                        case "Italic" -> entities.add(new Entity("italic", offset, length));
                        case "Underline" -> entities.add(new Entity("underline", offset, length));
                        case "Strikethrough" -> entities.add(new Entity("strikethrough", offset, length));
                        case "Spoiler" -> entities.add(new Entity("spoiler", offset, length));
                        case "Code" -> entities.add(new Entity("code", offset, length));
                        case "Pre" -> entities.add(new Entity("pre", offset, length, null,
                                argument.isEmpty() ? null : argument, null));
                        case "TextUrl" -> {
                            if (!argument.isEmpty()) {
                                entities.add(new Entity("text_link", offset, length, argument, null, null));
                            }
                        }
                        default -> throw new IllegalStateException(type);
                    }
                }
                nested.pop();
            }
        }
        if (!nested.isEmpty()) {
            MdEntity open = nested.peek();
            throw new ParseException("Can't find end of " + open.type() + " entity at byte offset "
                    + open.byteOffset());
        }
        if (quoteStart >= 0) {
            closeQuote(entities, quoteStart, out.utf16, quoteExpandable);
        }
        return new Parsed(out.string(), sorted(entities));
    }

    private static void closeQuote(List<Entity> entities, int start, int end, boolean expandable) {
        if (end > start) {
            entities.add(new Entity(expandable ? "expandable_blockquote" : "blockquote", start, end - start));
        }
    }

    private static ParseException reservedCharacter(int c) {
        return new ParseException("Character '" + (char) c + "' is reserved and must be escaped with the preceding '\\'");
    }

    // ------------------------------------------------------------------------------------------------------------
    // legacy Markdown
    // ------------------------------------------------------------------------------------------------------------

    public static Parsed parseMarkdown(String input) throws ParseException {
        byte[] t = input.getBytes(StandardCharsets.UTF_8);
        int n = t.length;
        Out out = new Out(n);
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int c = at(t, i);
            if (c == '\\' && (at(t, i + 1) == '_' || at(t, i + 1) == '*' || at(t, i + 1) == '`'
                    || at(t, i + 1) == '[')) {
                i++;
                out.appendByte(at(t, i));
                continue;
            }
            if (c != '_' && c != '*' && c != '`' && c != '[') {
                out.appendByte(c);
                continue;
            }
            int beginPos = i;
            int endCharacter = c == '[' ? ']' : c;
            boolean isPre = false;
            String language = null;
            i++;
            if (c == '`' && at(t, i) == '`' && at(t, i + 1) == '`') {
                i += 2;
                isPre = true;
                int languageEnd = i;
                while (!isSpace(at(t, languageEnd)) && at(t, languageEnd) != '`') {
                    languageEnd++;
                }
                if (i != languageEnd && languageEnd < n && at(t, languageEnd) != '`') {
                    language = str(t, i, languageEnd);
                    i = languageEnd;
                }
                if (at(t, i) == '\n' || at(t, i) == '\r') {
                    if ((at(t, i + 1) == '\n' || at(t, i + 1) == '\r') && at(t, i) != at(t, i + 1)) {
                        i += 2;
                    } else {
                        i++;
                    }
                }
            }
            int entityOffset = out.utf16;
            int resultPos = out.size();
            while (i < n && (at(t, i) != endCharacter
                    || (isPre && !(at(t, i + 1) == '`' && at(t, i + 2) == '`')))) {
                out.appendByte(at(t, i++));
            }
            if (i >= n) {
                throw new ParseException("Can't find end of the entity starting at byte offset " + beginPos);
            }
            int length = out.utf16 - entityOffset;
            if (length > 0) {
                switch (c) {
                    case '_' -> entities.add(new Entity("italic", entityOffset, length));
                    case '*' -> entities.add(new Entity("bold", entityOffset, length));
                    case '[' -> {
                        String url;
                        if (at(t, i + 1) == '(') {
                            int urlBegin = i + 2;
                            int j = urlBegin;
                            while (j < n && at(t, j) != ')') {
                                j++;
                            }
                            if (j >= n) {
                                throw new ParseException("Can't find end of a URL at byte offset " + urlBegin);
                            }
                            url = str(t, urlBegin, j);
                            i = j;
                        } else {
                            url = out.substring(resultPos);
                        }
                        entities.add(new Entity("text_link", entityOffset, length, url, null, null));
                    }
                    case '`' -> entities.add(isPre
                            ? new Entity("pre", entityOffset, length, null, language, null)
                            : new Entity("code", entityOffset, length));
                    default -> throw new IllegalStateException();
                }
            } else if (c == '[' && at(t, i + 1) == '(') {
                while (i < n && at(t, i) != ')') {
                    i++;
                }
            }
            if (isPre) {
                i += 2;
            }
        }
        return new Parsed(out.string(), sorted(entities));
    }

    // ------------------------------------------------------------------------------------------------------------
    // helpers
    // ------------------------------------------------------------------------------------------------------------

    private static List<Entity> sorted(List<Entity> entities) {
        List<Entity> copy = new ArrayList<>(entities);
        copy.sort(Comparator.comparingInt(Entity::offset).thenComparing(Comparator.comparingInt(Entity::length).reversed()));
        return List.copyOf(copy);
    }

    /** Byte at i as unsigned, or 0 past the end (TDLib works on NUL-terminated strings). */
    private static int at(byte[] t, int i) {
        return i < t.length ? t[i] & 0xff : 0;
    }

    private static String str(byte[] t, int from, int to) {
        return new String(t, from, Math.max(0, Math.min(to, t.length) - from), StandardCharsets.UTF_8);
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0 || c == 0x0b;
    }

    private static boolean isAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAlnum(int c) {
        return isAlpha(c) || isDigit(c);
    }

    private static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** UTF-8 output buffer that counts UTF-16 code units like TDLib. */
    private static final class Out {
        private final ByteArrayOutputStream bytes;
        int utf16;

        Out(int capacity) {
            bytes = new ByteArrayOutputStream(Math.max(16, capacity));
        }

        void appendByte(int c) {
            if ((c & 0xc0) != 0x80) {
                utf16 += c >= 0xf0 ? 2 : 1;
            }
            bytes.write(c);
        }

        void appendCodePoint(int code) {
            byte[] b = new String(Character.toChars(code)).getBytes(StandardCharsets.UTF_8);
            bytes.write(b, 0, b.length);
            utf16 += code > 0xffff ? 2 : 1;
        }

        int size() {
            return bytes.size();
        }

        String substring(int fromByte) {
            byte[] all = bytes.toByteArray();
            return new String(all, fromByte, all.length - fromByte, StandardCharsets.UTF_8);
        }

        String string() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
