package id.humas.hub.agency;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.ChatBecameUnreachable;
import id.humas.hub.telegram.GroupNotice;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.Reachability;
import id.humas.hub.telegram.UnreachableReason;
import org.junit.jupiter.api.Test;

class UnreachableOfficerNoticeTest {

    private static final long CENTRAL = -100123;
    private static final long OFFICER_CHAT = 4242;

    private final Officers officers = mock(Officers.class);
    private final CentralTeam team = mock(CentralTeam.class);
    private final Outbox outbox = mock(Outbox.class);
    private final Texts texts = mock(Texts.class);
    private final Reachability reachability = mock(Reachability.class);
    private final Set<String> written = new HashSet<>();

    @Test
    void theTeamIsToldOnceWhenTheEventIsDeliveredTwice() {
        when(team.chatId()).thenReturn(CENTRAL);
        when(texts.html(anyString(), any(Object[].class))).thenReturn("Bot tidak dapat lagi mengirim pesan ke Sari");
        when(officers.active()).thenReturn(List.of(new OfficerView(1, 2, "Dinas Sosial", OFFICER_CHAT, OFFICER_CHAT,
                "Sari", null, Instant.EPOCH)));
        when(reachability.of(OFFICER_CHAT)).thenReturn(Optional.of(
                new Reachability.Unreachable(UnreachableReason.BLOCKED, Instant.parse("2031-06-02T01:00:00Z"))));
        when(outbox.hasWritten(anyString())).thenAnswer(call -> written.contains(call.<String>getArgument(0)));
        doAnswer(call -> written.add(call.getArgument(3))).when(outbox)
                .notice(anyLong(), any(GroupNotice.class), anyString(), anyString());
        UnreachableOfficerNotice notice = new UnreachableOfficerNotice(officers, team, outbox, texts, reachability);
        ChatBecameUnreachable event = new ChatBecameUnreachable(OFFICER_CHAT, UnreachableReason.BLOCKED);

        notice.on(event);
        notice.on(event);

        verify(outbox, times(1)).notice(eq(CENTRAL), eq(GroupNotice.UNREACHABLE_OFFICERS), anyString(), anyString());
    }
}
