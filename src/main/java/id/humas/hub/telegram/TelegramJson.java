package id.humas.hub.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * The Jackson 2 mapper TelegramBots' own types are annotated for; used for stored updates and outbox rows.
 * (Spring Boot's own mapper is Jackson 3 and does not read those annotations.)
 */
@Component
class TelegramJson {

    private final ObjectMapper mapper = newMapper();

    static ObjectMapper newMapper() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    ObjectMapper mapper() {
        return mapper;
    }
}
