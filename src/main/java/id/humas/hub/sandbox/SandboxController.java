package id.humas.hub.sandbox;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import id.humas.hub.system.Texts;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page that plays Telegram: choose a person, see their chat with the bot (and, for the team, the central
 * group), type, send a sample photo or album, press inline buttons, answer forced replies, open an invite link as
 * a newcomer, and move the clock. Every action becomes an update the bot receives from the double.
 */
@Controller
@RequestMapping("/sandbox")
@ConditionalOnProperty(name = SandboxMode.ACTIVE_KEY, havingValue = "true")
class SandboxController {

    private final Phones phones;
    private final SandboxClock clock;
    private final SandboxStart start;
    private final Texts texts;

    SandboxController(Phones phones, SandboxClock clock, SandboxStart start, Texts texts) {
        this.phones = phones;
        this.clock = clock;
        this.start = start;
        this.texts = texts;
    }

    @GetMapping
    String page(@RequestParam(name = "as", required = false) Long as, Model model) {
        Optional<Person> person = as == null ? Optional.empty() : phones.person(as);
        model.addAttribute("person", person.orElse(null));
        model.addAttribute("team", people(Person.Role.TEAM));
        model.addAttribute("officers", people(Person.Role.OFFICER));
        model.addAttribute("newcomers", people(Person.Role.NEWCOMER));
        model.addAttribute("centralChat", phones.centralChat());
        view(person, model);
        return "sandbox/page";
    }

    /** The clock, as the page polls it. */
    @GetMapping("/clock-now")
    String clockNow(Model model) {
        model.addAttribute("now", clock.now());
        model.addAttribute("ready", start.ready());
        return "sandbox/page :: clock";
    }

    /** One chat as the page polls it: nothing (204) while it has not changed, so that the page stays still. */
    @GetMapping("/messages")
    String messages(@RequestParam("as") long as, @RequestParam("chat") long chat,
                    @RequestParam(name = "v", defaultValue = "") String shown, Model model,
                    HttpServletResponse response) {
        Person person = phones.person(as).orElseThrow();
        String version = version(as, chat);
        if (version.equals(shown)) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return null;
        }
        List<Conversation.Line> lines = Conversation.of(phones, chat);
        model.addAttribute("person", person);
        model.addAttribute("lines", lines);
        model.addAttribute("question", Conversation.pendingQuestion(lines));
        model.addAttribute("chat", chat);
        model.addAttribute("composer", chat == as ? "private-composer" : "group-composer");
        model.addAttribute("version", version);
        model.addAttribute("notice", phones.answerToLastPress(as).orElse(null));
        return "sandbox/page :: messages";
    }

    private void view(Optional<Person> person, Model model) {
        model.addAttribute("now", clock.now());
        model.addAttribute("ready", start.ready());
        person.ifPresent(p -> {
            List<Conversation.Line> own = Conversation.of(phones, p.userId());
            model.addAttribute("privateChat", own);
            model.addAttribute("privateQuestion", Conversation.pendingQuestion(own));
            model.addAttribute("privateVersion", version(p.userId(), p.userId()));
            model.addAttribute("notice", phones.answerToLastPress(p.userId()).orElse(null));
            if (p.team()) {
                List<Conversation.Line> group = Conversation.of(phones, phones.centralChat());
                model.addAttribute("groupChat", group);
                model.addAttribute("groupQuestion", Conversation.pendingQuestion(group));
                model.addAttribute("groupVersion", version(p.userId(), phones.centralChat()));
            }
        });
    }

    private String version(long as, long chat) {
        return phones.telegram().checkpoint() + "-" + phones.saidIn(chat).size() + "-"
                + phones.answerToLastPress(as).map(String::hashCode).orElse(0);
    }

    @PostMapping("/send")
    String send(@RequestParam("as") long as, @RequestParam("chat") long chat,
                @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "text") String action,
                @RequestParam(required = false) Integer replyTo, @RequestParam(required = false) Integer question) {
        Person person = phones.person(as).orElseThrow();
        if (chat != as && !(person.team() && chat == phones.centralChat())) {
            throw new IllegalArgumentException("not this person's chat");
        }
        Integer answering = replyTo != null ? replyTo : question;
        switch (action) {
            case "photo" -> phones.sendsPhoto(as, chat, text, answering);
            case "album" -> phones.sendsAlbum(as, chat, text, 3);
            default -> {
                if (!text.isBlank()) {
                    phones.says(as, chat, text, answering);
                }
            }
        }
        return "redirect:/sandbox?as=" + as;
    }

    @PostMapping("/press")
    String press(@RequestParam("as") long as, @RequestParam("chat") long chat, @RequestParam("message") int message,
                 @RequestParam("data") String data) {
        phones.presses(as, chat, message, data);
        return "redirect:/sandbox?as=" + as;
    }

    @PostMapping("/people")
    String newcomer() {
        return "redirect:/sandbox?as=" + phones.newcomer(texts.plain("sandbox.newcomer")).userId();
    }

    /** A newcomer opens an invite link: Telegram sends the bot {@code /start CODE} from them. */
    @PostMapping("/invite")
    String openInvite(@RequestParam("code") String code) {
        Person newcomer = phones.newcomer(texts.plain("sandbox.newcomer"));
        phones.says(newcomer.userId(), newcomer.userId(), "/start " + code, null);
        return "redirect:/sandbox?as=" + newcomer.userId();
    }

    @PostMapping("/clock")
    String clock(@RequestParam("to") String to, @RequestParam(name = "as", required = false) Long as) {
        switch (to) {
            case "quarter" -> clock.advance(Duration.ofMinutes(15));
            case "digest" -> clock.advanceTo(clock.next(LocalTime.of(16, 0, 5)));
            case "agenda" -> clock.advanceTo(clock.next(LocalTime.of(7, 0, 5)));
            case "reminders" -> clock.advanceTo(clock.next(LocalTime.of(9, 0, 5)));
            default -> throw new IllegalArgumentException("unknown clock step " + to);
        }
        return "redirect:/sandbox" + (as == null ? "" : "?as=" + as);
    }

    @GetMapping("/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable String fileId) {
        return phones.file(fileId)
                .map(bytes -> ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).body(bytes))
                .orElse(ResponseEntity.notFound().build());
    }

    private List<Person> people(Person.Role role) {
        return phones.everyone().stream().filter(p -> p.role() == role)
                .sorted(Comparator.comparing(p -> p.agency() == null ? p.name() : p.agency())).toList();
    }
}
