package id.humas.hub.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Fetches a file an officer sent (getFile, then the download) for the dashboard, which serves it itself: the
 * download address contains the token and never leaves the bot. Telegram lets bots download files up to 20 MB.
 */
@Component
public class TelegramFiles {

    private static final Logger log = LoggerFactory.getLogger(TelegramFiles.class);

    private final TelegramClient client;

    TelegramFiles(TelegramClient client) {
        this.client = client;
    }

    /** @param path Telegram's file_path, whose extension tells the file's type */
    public record Download(byte[] bytes, String path) {
    }

    /** The file's bytes; empty when Telegram does not give it (unknown, too large, unreachable). */
    public Optional<Download> download(String fileId) {
        try {
            File file = client.execute(GetFile.builder().fileId(fileId).build());
            try (InputStream in = client.downloadFileAsStream(file)) {
                return Optional.of(new Download(in.readAllBytes(), file.getFilePath()));
            }
        } catch (TelegramApiException | IOException | RuntimeException e) {
            // the exception may name the download address, which contains the token: only its kind is logged
            log.warn("Could not fetch a file from Telegram ({})", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
