package id.humas.hub.telegram;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.HashSet;
import java.util.Set;

import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import org.junit.jupiter.api.Test;

class ChatMigrationNoticeTest {

    private static final long OLD = -100123;
    private static final long NEW = -1000000000123L;

    private final CentralTeam team = mock(CentralTeam.class);
    private final Outbox outbox = mock(Outbox.class);
    private final Texts texts = mock(Texts.class);
    private final Set<String> written = new HashSet<>();

    @Test
    void theGroupIsToldOnceOfItsMigrationWhenTheEventIsDeliveredTwice() {
        when(team.isChat(NEW)).thenReturn(true);
        when(texts.html(anyString(), any(Object[].class))).thenReturn("Grup ini menjadi supergrup");
        when(outbox.hasWritten(anyString())).thenAnswer(call -> written.contains(call.<String>getArgument(0)));
        doAnswer(call -> written.add(call.getArgument(3))).when(outbox)
                .notice(anyLong(), any(GroupNotice.class), anyString(), anyString());
        ChatMigrationNotice notice = new ChatMigrationNotice(team, outbox, texts);

        notice.on(new ChatMigrated(OLD, NEW));
        notice.on(new ChatMigrated(OLD, NEW));

        verify(outbox, times(1)).notice(eq(NEW), eq(GroupNotice.REPORT), anyString(), anyString());
    }
}
