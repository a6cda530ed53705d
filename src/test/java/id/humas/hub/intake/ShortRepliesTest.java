package id.humas.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShortRepliesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Terima kasih", "terima kasih pak", "Siap", "Baik bu", "ok", "Oke, siap laksanakan!",
            "Makasih banyak", "noted", "👍", "🙏🙏", "Siap, terima kasih atas infonya"})
    void thanksAndAssentAreNotReports(String text) {
        assertThat(ShortReplies.isAcknowledgement(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rapat koordinasi stunting", "Baik, besok ada rapat di aula", "Pak", "",
            "Siap siap siap siap siap siap siap", "Terima kasih atas undangan rapat koordinasi hari ini di kantor"})
    void anythingWithContentIsAReport(String text) {
        assertThat(ShortReplies.isAcknowledgement(text)).isFalse();
    }
}
