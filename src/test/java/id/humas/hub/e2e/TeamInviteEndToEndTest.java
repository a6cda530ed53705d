package id.humas.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14 point 1, tried as a new colleague would: an admin makes a one-time team link (privately), whoever opens it
 * is on the team at once — the group is told, their command menu changes, their commands work in the group — and an
 * admin's removal takes it all away at once. Non-admins are refused; a link works once; an officer cannot join.
 */
class TeamInviteEndToEndTest extends OfficeEndToEndTest {

    private static final Pattern TEAM_LINK = Pattern.compile("https://t\\.me/" + BOT + "\\?start=(tim_[A-Za-z0-9_-]+)");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aColleagueWhoOpensTheAdminsLinkIsOnTheTeamAtOnceWithTheTeamsMenuAndCommands() {
        String code = teamLink();
        FakeUser colleague = newUser("Sari");
        colleague.in(central).sends("/belum");
        long since = telegram.checkpoint();

        colleague.sends("/start " + code);

        SentMessage welcome = telegram.awaitMessageToSince(since, colleague.id(), m -> m.contains("Selamat bergabung"));
        assertThat(welcome.plainText()).contains("Sari");
        telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("Sari bergabung dengan tim humas pusat"));
        List<String> menu = awaitMenuOf(colleague.id(), since, commands -> commands.contains("ringkasan"));
        assertThat(menu).contains("belum", "undang", "item", "instansi", "tim").doesNotContain("undangtim", "arsip",
                "lapor");

        long asked = telegram.checkpoint();
        colleague.in(central).sends("/belum");
        telegram.awaitMessageToSince(asked, CENTRAL_CHAT, m -> m.contains("Periode berjalan"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE kind = 'TEAM_MEMBER_JOINED'"
                + " AND subject = ? AND actor = ?", Integer.class, String.valueOf(colleague.id()), LEAD_ID)).isOne();

        long listed = telegram.checkpoint();
        lead.sends("/tim");
        SentMessage team = telegram.awaitMessageToSince(listed, LEAD_ID, m -> m.contains("Tim humas pusat"));
        assertThat(team.plainText()).contains("Sari — " + colleague.id()).contains(LEAD_ID + " (admin)");
    }

    @Test
    void aTeamLinkWorksOnce() {
        String code = teamLink();
        FakeUser first = newUser("Andi");
        first.sends("/start " + code);
        telegram.awaitMessageTo(first.id(), "Selamat bergabung");

        FakeUser second = newUser("Budi");
        second.sends("/start " + code);

        telegram.awaitMessageTo(second.id(), "sudah dipakai");
        second.sends("/belum");
        telegram.awaitMessageTo(second.id(), "hanya untuk tim humas pusat");
    }

    @Test
    void askedInTheGroupTheLinkGoesToTheAdminPrivatelyAndTheGroupOnlyLearnsThatOneWasMade() {
        startPrivately(lead);
        long since = telegram.checkpoint();

        lead.in(central).sends("/undangtim");

        SentMessage link = telegram.awaitMessageToSince(since, LEAD_ID, m -> m.contains("?start=tim_"));
        SentMessage notice = telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("tautan undangan anggota tim"));
        assertThat(notice.plainText()).contains("Rina").contains("secara pribadi").doesNotContain("?start=")
                .doesNotContain(code(link));
        telegram.assertNoMessageTo(CENTRAL_CHAT, quietPeriod(), m -> m.seq() > since && m.contains("start=tim_"));
    }

    @Test
    void aMemberWhoIsNoAdminIsRefusedAndDoesNotSeeTheAdminsCommands() {
        FakeUser member = joined("Citra");
        long since = telegram.checkpoint();

        member.sends("/undangtim");
        member.in(central).sends("/keluarkan " + LEAD_ID);

        telegram.awaitMessageToSince(since, member.id(), m -> m.contains("Hanya admin tim humas pusat yang dapat mengundang"));
        telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("Hanya admin tim humas pusat yang dapat mengeluarkan"));
        telegram.assertNoMessageTo(member.id(), quietPeriod(), m -> m.seq() > since && m.contains("?start="));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM team_member WHERE user_id = ? AND removed_at IS NULL",
                Integer.class, LEAD_ID)).isOne();
        List<String> adminMenu = awaitMenuOf(LEAD_ID, 0, commands -> commands.contains("undangtim"));
        assertThat(adminMenu).contains("keluarkan", "gantinama", "gabung", "arsip", "pulihkan", "lepas");
    }

    @Test
    void aRemovedMemberLosesTheTeamsRightsAndMenuAtOnce() {
        FakeUser member = joined("Dewi");
        long since = telegram.checkpoint();

        lead.in(central).sends("/keluarkan " + member.id());

        telegram.awaitMessageToSince(since, CENTRAL_CHAT, m -> m.contains("dikeluarkan dari tim humas pusat"));
        List<String> menu = awaitMenuOf(member.id(), since, commands -> !commands.contains("ringkasan"));
        assertThat(menu).doesNotContain("belum", "undang", "item");
        long after = telegram.checkpoint();
        member.sends("/belum");
        telegram.awaitMessageToSince(after, member.id(), m -> m.contains("hanya untuk tim humas pusat"));
        member.in(central).sends("/belum");
        telegram.assertNoMessageTo(CENTRAL_CHAT, quietPeriod(), m -> m.seq() > after && m.contains("Periode berjalan"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE kind = 'TEAM_MEMBER_REMOVED'"
                + " AND subject = ? AND actor = ?", Integer.class, String.valueOf(member.id()), LEAD_ID)).isOne();
    }

    @Test
    void anOfficerCannotJoinTheTeamAndTheLinkStaysUsable() {
        FakeUser officer = registeredOfficer("Eko", agencyName("Dinas Kelautan"));
        String code = teamLink();

        officer.sends("/start " + code);

        telegram.awaitMessageTo(officer.id(), "terdaftar sebagai petugas informasi Dinas Kelautan");
        FakeUser colleague = newUser("Fajar");
        colleague.sends("/start " + code);
        telegram.awaitMessageTo(colleague.id(), "Selamat bergabung");
    }

    /** A colleague on the team through a link of the lead's. */
    private FakeUser joined(String name) {
        String code = teamLink();
        FakeUser member = newUser(name);
        long since = telegram.checkpoint();
        member.sends("/start " + code);
        telegram.awaitMessageToSince(since, member.id(), m -> m.contains("Selamat bergabung"));
        return member;
    }

    /** The lead asks privately; the link's start code. */
    private String teamLink() {
        long since = telegram.checkpoint();
        lead.sends("/undangtim");
        return code(telegram.awaitMessageToSince(since, LEAD_ID, m -> m.contains("?start=tim_")));
    }

    private void startPrivately(FakeUser user) {
        long since = telegram.checkpoint();
        user.sends("/start");
        telegram.awaitMessageToSince(since, user.id(), m -> m.contains("Halo, tim humas pusat"));
    }

    private static String code(SentMessage message) {
        Matcher link = TEAM_LINK.matcher(message.plainText());
        assertThat(link.find()).as("team link in %s", message.plainText()).isTrue();
        return link.group(1);
    }
}
