package id.humas.hub.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.humas.hub.intake.ItemView;
import id.humas.hub.intake.Items;
import id.humas.hub.telegram.MediaRef;
import id.humas.hub.telegram.TelegramFiles;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * An item's photos, videos and documents, fetched through the bot from Telegram and served from here, so the
 * browser never sees the token. Only files that belong to an item are served; fetched files are kept in memory
 * (up to 200 MB, a day) so that a page shown again does not fetch them again.
 */
@Controller
class MediaController {

    private static final long CACHE_BYTES = 200L * 1024 * 1024;

    private final Items items;
    private final TelegramFiles files;
    private final Cache<String, TelegramFiles.Download> cache = Caffeine.newBuilder()
            .maximumWeight(CACHE_BYTES)
            .weigher((String id, TelegramFiles.Download file) -> file.bytes().length)
            .expireAfterAccess(Duration.ofDays(1))
            .build();

    MediaController(Items items, TelegramFiles files) {
        this.items = items;
        this.files = files;
    }

    @GetMapping("/laporan/{id}/media/{index}")
    ResponseEntity<byte[]> media(@PathVariable long id, @PathVariable int index) {
        ItemView item = items.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (index < 0 || index >= item.media().size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        MediaRef ref = item.media().get(index);
        Optional<TelegramFiles.Download> file = Optional.ofNullable(cache.getIfPresent(ref.fileId()))
                .or(() -> files.download(ref.fileId()).map(download -> {
                    cache.put(ref.fileId(), download);
                    return download;
                }));
        if (file.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_GATEWAY);
        }
        MediaType type = MediaTypeFactory.getMediaType(file.get().path() == null ? "" : file.get().path())
                .orElse(fallback(ref));
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(file.get().bytes());
    }

    private static MediaType fallback(MediaRef ref) {
        return switch (ref.kind().name().toLowerCase(Locale.ROOT)) {
            case "photo" -> MediaType.IMAGE_JPEG;
            case "video", "animation" -> MediaType.parseMediaType("video/mp4");
            default -> MediaType.APPLICATION_OCTET_STREAM;
        };
    }
}
