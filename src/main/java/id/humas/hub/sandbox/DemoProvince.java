package id.humas.hub.sandbox;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.SentMessage;
import id.humas.hub.system.Texts;
import id.humas.hub.system.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the demo province through the real bot, as Telegram updates: the team opens the bot and invites a dozen
 * agencies, each officer registers from the invite; over the past week most agencies send activities with photos
 * (an album now and then) and press releases, answering the bot's questions with its buttons, while the clock
 * moves day by day so that the digests, reminders and the morning agenda happen as they would have; yesterday two
 * agendas for today were sent; and just now BPBD raised an isu. Two agencies stay silent.
 */
class DemoProvince {

    private static final Logger log = LoggerFactory.getLogger(DemoProvince.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final Phones phones;
    private final FakeTelegram telegram;
    private final SandboxClock clock;
    private final Texts texts;
    private final WorkingDays workingDays;
    private final Pattern inviteLink;

    DemoProvince(Phones phones, SandboxClock clock, Texts texts, WorkingDays workingDays) {
        this.phones = phones;
        this.workingDays = workingDays;
        this.telegram = phones.telegram();
        this.clock = clock;
        this.texts = texts;
        this.inviteLink = Pattern.compile("t\\.me/" + SandboxMode.USERNAME + "\\?start=([A-Za-z0-9_-]+)");
    }

    /** Where the clock starts, so that the province has a week of history by the time it is "now". */
    static ZonedDateTime start(ZonedDateTime now) {
        return now.truncatedTo(ChronoUnit.DAYS).minusDays(6).with(LocalTime.of(8, 0));
    }

    void build(ZonedDateTime realNow) {
        team();
        Map<DemoCast.Agency, String> codes = invites();
        register(codes);
        List<DemoCast.Agency> active = DemoCast.AGENCIES.stream().filter(a -> !a.silent()).toList();
        ZonedDateTime today = realNow.truncatedTo(ChronoUnit.DAYS);
        for (int daysAgo = 6; daysAgo >= 1; daysAgo--) {
            ZonedDateTime day = today.minusDays(daysAgo);
            clock.advanceTo(day.with(LocalTime.of(10, 0)));
            List<Report> reports = new ArrayList<>();
            for (int i = 0; i < active.size(); i++) {
                if ((i + daysAgo) % 2 == 0) {
                    reports.add(new Report(active.get(i), i, daysAgo));
                }
            }
            submit(reports);
            if (daysAgo == 1) {
                agendaFor(today);
            }
            long before = telegram.checkpoint();
            clock.advanceTo(day.with(LocalTime.of(16, 5)));
            if (workingDays.isWorkingDay(day.toLocalDate())) {
                // No scheduled digest on a weekend or holiday: its reports wait for the next working day's.
                telegram.awaitMessageToSince(before, phones.centralChat(), m -> true);
            }
        }
        ZonedDateTime end = realNow.isAfter(today.with(LocalTime.of(8, 0))) ? realNow : today.with(LocalTime.of(8, 0));
        clock.advanceTo(end);
        isu();
    }

    private void team() {
        phones.add(new Person(DemoCast.LEAD_ID, DemoCast.LEAD_NAME, Person.Role.TEAM, null));
        phones.add(new Person(DemoCast.MEMBER_ID, DemoCast.MEMBER_NAME, Person.Role.TEAM, null));
        long since = telegram.checkpoint();
        for (long member : List.of(DemoCast.LEAD_ID, DemoCast.MEMBER_ID)) {
            phones.says(member, member, "/start", null);
        }
        for (long member : List.of(DemoCast.LEAD_ID, DemoCast.MEMBER_ID)) {
            telegram.awaitMessageToSince(since, member, m -> true);
        }
    }

    private Map<DemoCast.Agency, String> invites() {
        long since = telegram.checkpoint();
        Map<DemoCast.Agency, String> codes = new LinkedHashMap<>();
        for (int i = 0; i < DemoCast.AGENCIES.size(); i++) {
            phones.says(inviter(i), inviter(i), "/undang " + DemoCast.AGENCIES.get(i).name(), null);
        }
        for (int i = 0; i < DemoCast.AGENCIES.size(); i++) {
            DemoCast.Agency agency = DemoCast.AGENCIES.get(i);
            SentMessage link = telegram.awaitMessageToSince(since, inviter(i), m -> m.plainText() != null
                    && m.plainText().contains("?start=") && m.plainText().contains(agency.name()));
            Matcher code = inviteLink.matcher(link.plainText());
            if (!code.find()) {
                throw new IllegalStateException("no invite link for " + agency.name());
            }
            codes.put(agency, code.group(1));
        }
        return codes;
    }

    private static long inviter(int i) {
        return i % 2 == 0 ? DemoCast.LEAD_ID : DemoCast.MEMBER_ID;
    }

    private void register(Map<DemoCast.Agency, String> codes) {
        long since = telegram.checkpoint();
        codes.forEach((agency, code) -> {
            phones.add(new Person(agency.officerId(), agency.officerName(), Person.Role.OFFICER, agency.name()));
            phones.says(agency.officerId(), agency.officerId(), "/start " + code, null);
        });
        codes.keySet().forEach(agency -> telegram.awaitMessageToSince(since, agency.officerId(), m -> true));
    }

    /** One officer's report of one day: an activity with a photo (or an album), or a press release. */
    private record Report(DemoCast.Agency agency, int index, int daysAgo) {

        boolean release() {
            return (index + daysAgo) % 4 == 0;
        }

        boolean album() {
            return !release() && (index * daysAgo) % 5 == 0;
        }

        String text() {
            String[] activities = {"Penyuluhan gizi dan imunisasi anak di Puskesmas Sukamaju",
                    "Peluncuran program beasiswa bagi siswa berprestasi", "Simulasi evakuasi gempa di SDN 3",
                    "Uji kelaikan angkutan umum di Terminal Kota", "Penyaluran bantuan sembako bagi lansia",
                    "Peninjauan perbaikan jalan Sudirman ruas utara", "Panen raya padi bersama kelompok tani",
                    "Festival budaya dan kuliner di alun-alun", "Penertiban reklame liar di pusat kota",
                    "Gerakan bersih sungai bersama warga"};
            String base = activities[index % activities.length];
            return release() ? "Rilis: " + base + " diikuti " + (40 + 7 * daysAgo) + " peserta"
                    : base + " (" + daysAgo + " hari lalu)";
        }
    }

    private void submit(List<Report> reports) {
        long since = telegram.checkpoint();
        for (Report report : reports) {
            long officer = report.agency().officerId();
            if (report.release()) {
                phones.says(officer, officer, "/lapor " + report.text(), null);
            } else if (report.album()) {
                phones.sendsAlbum(officer, officer, report.text(), 3);
            } else {
                phones.sendsPhoto(officer, officer, report.text(), null);
            }
        }
        String activity = texts.plain("category.activity");
        String release = texts.plain("category.release");
        String post = texts.plain("phase.post");
        Map<Report, Integer> questions = new LinkedHashMap<>();
        for (Report report : reports) {
            long officer = report.agency().officerId();
            SentMessage question = telegram.awaitMessageToSince(since, officer, m -> m.hasButton(activity));
            questions.put(report, question.messageId());
            press(officer, question, report.release() ? release : activity);
        }
        questions.forEach((report, question) -> {
            if (!report.release()) {
                long officer = report.agency().officerId();
                press(officer, telegram.awaitMessageTo(officer, m -> m.messageId() == question && m.hasButton(post)),
                        post);
            }
        });
        questions.forEach((report, question) -> telegram.awaitMessageTo(report.agency().officerId(),
                m -> m.messageId() == question && m.buttons().isEmpty()));
    }

    private void press(long officer, SentMessage message, String button) {
        String data = message.button(button).orElseThrow().callbackData();
        phones.presses(officer, officer, message.messageId(), data);
    }

    private void agendaFor(ZonedDateTime today) {
        DemoCast.Agency health = DemoCast.AGENCIES.get(0);
        DemoCast.Agency tourism = DemoCast.AGENCIES.get(7);
        long since = telegram.checkpoint();
        phones.says(health.officerId(), health.officerId(), "/agenda Pencanangan bulan imunisasi anak "
                + DATE.format(today) + " 10.00 di Aula Dinas Kesehatan", null);
        phones.says(tourism.officerId(), tourism.officerId(), "/agenda Pembukaan festival kuliner nusantara "
                + DATE.format(today) + " 14.00 di Alun-alun Kota", null);
        for (DemoCast.Agency agency : List.of(health, tourism)) {
            telegram.awaitMessageToSince(since, agency.officerId(), m -> m.plainText() != null
                    && m.plainText().contains("#"));
        }
    }

    private void isu() {
        DemoCast.Agency bpbd = DemoCast.AGENCIES.get(2);
        long since = telegram.checkpoint();
        phones.sendsPhoto(bpbd.officerId(), bpbd.officerId(), "/isu Banjir setinggi 60 cm merendam permukiman di "
                + "bantaran Sungai Cikapundung sejak subuh; 40 KK mengungsi ke balai desa", null);
        telegram.awaitMessageToSince(since, bpbd.officerId(), m -> true);
        log.debug("demo province built");
    }
}
