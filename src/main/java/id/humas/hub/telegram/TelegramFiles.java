package id.humas.hub.telegram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import id.humas.hub.system.BotProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Fetches a file an officer sent (getFile, then the download from {@code {api-url}/file/bot{token}/{file_path}})
 * for the dashboard, which serves it itself: the download address contains the token and never leaves the bot.
 * Telegram lets bots download files up to 20 MB. The library's own download ignores {@code bot.api-url}, hence the
 * plain HTTP client.
 */
@Component
public class TelegramFiles {

    private static final Logger log = LoggerFactory.getLogger(TelegramFiles.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final TelegramClient client;
    private final BotProperties properties;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    TelegramFiles(TelegramClient client, BotProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    /** @param path Telegram's file_path, whose extension tells the file's type */
    public record Download(byte[] bytes, String path) {
    }

    /** The file's bytes; empty when Telegram does not give it (unknown, too large, unreachable). */
    public Optional<Download> download(String fileId) {
        try {
            File file = client.execute(GetFile.builder().fileId(fileId).build());
            if (file.getFilePath() == null) {
                return Optional.empty();
            }
            String base = properties.apiUrl().toString().replaceFirst("/+$", "");
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/file/bot" + properties.token() + "/"
                    + file.getFilePath())).timeout(TIMEOUT).GET().build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                log.warn("Telegram answered {} to a file download", response.statusCode());
                return Optional.empty();
            }
            return Optional.of(new Download(response.body(), file.getFilePath()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (TelegramApiException | IOException | RuntimeException e) {
            // the exception may name the download address, which contains the token: only its kind is logged
            log.warn("Could not fetch a file from Telegram ({})", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
