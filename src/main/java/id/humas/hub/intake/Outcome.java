package id.humas.hub.intake;

import java.util.List;

/**
 * What a step of the intake did, decided by {@link Submissions} and told to the officer by
 * {@link SubmissionReplies}. A step may do several things: a command first submits the draft that was open.
 */
sealed interface Outcome {

    /** Told by the renderer: one method per kind of outcome, so none is forgotten. */
    void tell(Teller teller);

    interface Teller {
        void recorded(Recorded outcome);

        void asked(Asked outcome);

        void joined(Joined outcome);

        void refined(Refined outcome);

        void mediaAdded(MediaAdded outcome);

        void questionsClosed(QuestionsClosed outcome);

        void badAnswer(BadAnswer outcome);

        void dropped(Dropped outcome);

        void cancelled(Cancelled outcome);

        void coverageAsked(CoverageAsked outcome);

        void said(Said outcome);

        void stale(Stale outcome);
    }

    /** Why an item was recorded, which the confirmation says. */
    enum Cause {
        /** sent with a command, or completed by the officer's last answer */
        SENT,
        /** the draft was left alone for the draft timeout */
        TIMED_OUT,
        /** the officer sent a command while the draft was open: commands never merge */
        COMMAND_FOLLOWED
    }

    /**
     * An item was recorded.
     *
     * @param questions the draft asking about it next (its kind, phase, agenda details), or null
     * @param draftId   the draft it came from, whose question message loses its buttons; null for a command
     */
    record Recorded(Item item, Cause cause, Draft questions, Long draftId) implements Outcome {

        @Override
        public void tell(Teller teller) {
            teller.recorded(this);
        }
    }

    /** A draft asks its next question (or for the content); {@code firstTime}: no message of it exists yet. */
    record Asked(Draft draft, boolean firstTime) implements Outcome {

        @Override
        public void tell(Teller teller) {
            teller.asked(this);
        }
    }

    /**
     * Content joined the draft whose question is open: that one message is updated (when anything was taken),
     * nothing new is asked.
     */
    record Joined(Draft draft, boolean taken, int mediaRefused) implements Outcome {

        @Override
        public void tell(Teller teller) {
            teller.joined(this);
        }
    }

    /** An answer refined an item already recorded; {@code questions} is the next question or null when done. */
    record Refined(Item item, Draft questions) implements Outcome {

        @Override
        public void tell(Teller teller) {
            teller.refined(this);
        }
    }

    /** Media sent while a question about the item was open joined the item (whose question message is updated). */
    record MediaAdded(Item item, Draft questions, int added, int refused) implements Outcome {

        @Override
        public void tell(Teller teller) {
            teller.mediaAdded(this);
        }
    }

    /** The questions about an item were closed (a new report, a command, the timeout); the item stays. */
    record QuestionsClosed(Item item, Draft draft) implements Outcome {

        @Override
        public void tell(Teller teller) {
            teller.questionsClosed(this);
        }
    }

    /** An answer the bot could not read; the question is asked again. */
    record BadAnswer(Draft draft, DraftStage asked) implements Outcome {

        @Override
        public void tell(Teller teller) {
            teller.badAnswer(this);
        }
    }

    /** A draft without content was dropped. */
    record Dropped(Draft draft, boolean timedOut) implements Outcome {

        @Override
        public void tell(Teller teller) {
            teller.dropped(this);
        }
    }

    record Cancelled(Draft draft) implements Outcome {

        @Override
        public void tell(Teller teller) {
            teller.cancelled(this);
        }
    }

    /** A short reply such as "terima kasih": nothing to answer. */
    record Acknowledged() implements Outcome {

        @Override
        public void tell(Teller teller) {
            // nothing to say
        }
    }

    /** The coverage of an agenda waits for its content. */
    record CoverageAsked(Draft draft, Item agenda) implements Outcome {

        @Override
        public void tell(Teller teller) {
            teller.coverageAsked(this);
        }
    }

    /** A plain refusal or notice: a message key and its (text) arguments. */
    record Said(String key, List<String> args) implements Outcome {

        @Override
        public void tell(Teller teller) {
            teller.said(this);
        }

        static Said of(String key, String... args) {
            return new Said(key, List.of(args));
        }
    }

    /** A button that no longer applies (or not to this officer). */
    record Stale() implements Outcome {

        @Override
        public void tell(Teller teller) {
            teller.stale(this);
        }
    }
}
