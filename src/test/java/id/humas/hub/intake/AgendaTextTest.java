package id.humas.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import id.humas.hub.system.DateText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgendaTextTest {

    private static final LocalDate TODAY = LocalDate.of(2031, 6, 2);

    @Test
    void aCompleteAgendaLineNeedsNoQuestions() {
        AgendaText.Parsed parsed = AgendaText.parse("Rapat koordinasi 12-06-2031 09.00 di Aula Dinkes", TODAY);

        assertThat(parsed.date()).isEqualTo(LocalDate.of(2031, 6, 12));
        assertThat(parsed.time()).isEqualTo(LocalTime.of(9, 0));
        assertThat(parsed.place()).isEqualTo("Aula Dinkes");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Rapat 12-06-2031|2031-06-12",
            "Rapat 2/7/2031 pagi|2031-07-02",
            "Rapat 2031-06-12|2031-06-12",
            "Rapat 12 Juni 2031|2031-06-12",
            "Rapat 12 juni|2031-06-12",
            "Rapat 1 Juni|2032-06-01",
            "Meeting 3 August 2031|2031-08-03",
            "Meeting 3 Agustus 2031|2031-08-03",
            "Rapat 17 Des 2031|2031-12-17",
            "Rapat besok|2031-06-03",
            "Rapat Lusa pagi|2031-06-04",
            "Rapat hari ini|2031-06-02"})
    void readsTheDateInTheWaysOfficersWriteIt(String text, LocalDate expected) {
        assertThat(DateText.date(text, TODAY)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Rapat 31-02-2031",
            "Rapat 10 orang",
            "Rapat Kamis",
            "Pembesokan jalan",
            "Rapat 12.06"})
    void noDateWhereTheTextSaysNone(String text) {
        assertThat(DateText.date(text, TODAY)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pukul 09.00 WIB|09:00",
            "jam 13:30|13:30",
            "7.05|07:05",
            "Rapat 12.06.2031 pukul 08.15|08:15"})
    void readsTheTime(String text, LocalTime expected) {
        assertThat(AgendaText.time(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Rapat 12-06-2031",
            "Rapat 25.00",
            "Rapat 12.6.2031",
            "Rapat 9 pagi"})
    void noTimeWhereTheTextSaysNone(String text) {
        assertThat(AgendaText.time(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Rapat di Aula Dinkes 12-06-2031 pukul 09.00|Aula Dinkes",
            "Sosialisasi di sekolah di Aula SMAN 1, besok|Aula SMAN 1",
            "Rapat besok\\ntempat: Ruang Rapat Bupati lt. 2|Ruang Rapat Bupati lt. 2",
            "Pelatihan 12 Juni 2031 lokasi: Hotel Santika|Hotel Santika"})
    void readsThePlaceAfterDiOrTempat(String text, String expected) {
        assertThat(AgendaText.place(text.replace("\\n", "\n"))).contains(expected);
    }

    @Test
    void noPlaceWithoutAMarkerOrWhenOnlyADateFollows() {
        assertThat(AgendaText.place("Rapat koordinasi dilaksanakan 12-06-2031")).isEmpty();
        assertThat(AgendaText.place("Rapat di 12-06-2031 09.00")).isEmpty();
    }

    @Test
    void anAnswerToWhereIsThePlaceWithOrWithoutDi() {
        assertThat(AgendaText.placeAnswer("Aula Dinkes")).contains("Aula Dinkes");
        assertThat(AgendaText.placeAnswer("di Aula Dinkes")).contains("Aula Dinkes");
        assertThat(AgendaText.placeAnswer("tempat: Pendopo")).contains("Pendopo");
        assertThat(AgendaText.placeAnswer("Gedung di Jalan Merdeka")).contains("Gedung di Jalan Merdeka");
        assertThat(AgendaText.placeAnswer("   ")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Rapat koordinasi 12-06-2031 09.00 di Aula Dinkes|Rapat koordinasi",
            "Sosialisasi di sekolah di Aula SMAN 1, besok pukul 08.00|Sosialisasi di sekolah",
            "Pelatihan jurnalistik 12 Juni 2031, tempat: Hotel Santika|Pelatihan jurnalistik",
            "Pentas seni|Pentas seni"})
    void theTitleLeavesOutTheDateTimeAndPlace(String text, String expected) {
        assertThat(AgendaText.title(text)).isEqualTo(expected);
    }
}
