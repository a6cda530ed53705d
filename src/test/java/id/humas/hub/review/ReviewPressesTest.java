package id.humas.hub.review;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import id.humas.hub.intake.Items;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.IncomingCallback;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.Sender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewPressesTest {

    private static final long MEMBER = 9001;
    private static final long STRANGER = 777;

    private final CentralTeam team = mock(CentralTeam.class);
    private final Items items = mock(Items.class);
    private final Reviews reviews = mock(Reviews.class);
    private final Outbox outbox = mock(Outbox.class);
    private final Texts texts = mock(Texts.class);
    private final ReviewPresses presses = new ReviewPresses(team, items, reviews, outbox, texts);

    @BeforeEach
    void setUp() {
        when(team.isMember(MEMBER)).thenReturn(true);
        when(texts.plain(any())).thenAnswer(call -> call.getArgument(0));
        when(texts.html(any())).thenAnswer(call -> call.getArgument(0));
        when(items.exists(12)).thenReturn(true);
    }

    @Test
    void aPressFromOutsideTheTeamIsRefusedWithAnAlertAndReachesNoReview() {
        IncomingCallback press = press(STRANGER, "a:12");

        presses.handle(press);

        verify(outbox).alert(press, "review.refused");
        verifyNoInteractions(reviews, items);
    }

    @Test
    void aTeamPressGoesToTheReviewWithItsAction() {
        IncomingCallback press = press(MEMBER, "x:12");

        presses.handle(press);

        verify(reviews).press(press, 12, ReviewAction.REJECT, 1);
    }

    @Test
    void aPressCarriesTheVersionItsButtonWasDrawnFor() {
        IncomingCallback press = press(MEMBER, "r:12:3");

        presses.handle(press);

        verify(reviews).press(press, 12, ReviewAction.REQUEST_REVISION, 3);
    }

    @Test
    void dataNamingNoActionOrNoItemIsAStaleButton() {
        for (String data : new String[] {"q:12", "a:13", "a", "a:12:1:1", "a:12:", "a:12:x", "a:-12"}) {
            IncomingCallback press = press(MEMBER, data);
            presses.handle(press);
            verify(outbox).answer(press, "button.stale");
        }
        verify(reviews, org.mockito.Mockito.never()).press(any(), anyLong(), any(), org.mockito.ArgumentMatchers.anyInt());
    }

    private static IncomingCallback press(long userId, String data) {
        return new IncomingCallback("cb-" + data, new Sender(userId, "U", null, null), -100, 5, data);
    }
}
