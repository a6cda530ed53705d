package id.humas.hub.intake;

import java.util.List;

import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Keyboard;
import id.humas.hub.telegram.Keyboard.Button;
import org.springframework.stereotype.Component;

/** The questions of the guided submission and their buttons. Button data: {@code lp:c|p|x:<draft>:<choice>}. */
@Component
class Prompts {

    static final String PREFIX = "lp";

    private final Texts texts;

    Prompts(Texts texts) {
        this.texts = texts;
    }

    Keyboard categories(long draftId) {
        return Keyboard.of(List.of(
                List.of(category(draftId, Category.ACTIVITY), category(draftId, Category.AGENDA)),
                List.of(category(draftId, Category.RELEASE), category(draftId, Category.ISSUE)),
                List.of(cancel(draftId))));
    }

    Keyboard phases(long draftId) {
        return Keyboard.of(List.of(
                List.of(phase(draftId, Phase.PRE), phase(draftId, Phase.DURING), phase(draftId, Phase.POST)),
                List.of(cancel(draftId))));
    }

    /** Under a question answered by typing (an agenda's date, time, place; a coverage's content). */
    Keyboard cancelOnly(long draftId) {
        return Keyboard.of(List.of(List.of(cancel(draftId))));
    }

    /** "Kegiatan · Pasca", "Isu"; "jenis belum dipilih" while the kind is not known. Plain text. */
    String kind(Category category, Phase phase) {
        if (category == null) {
            return texts.plain("submit.kind-unset");
        }
        String name = texts.plain(category.textKey());
        return phase == null ? name : name + " · " + texts.plain(phase.textKey());
    }

    private Button category(long draftId, Category category) {
        return new Button(texts.plain(category.textKey()), PREFIX + ":c:" + draftId + ":" + category.code());
    }

    private Button phase(long draftId, Phase phase) {
        return new Button(texts.plain(phase.textKey()), PREFIX + ":p:" + draftId + ":" + phase.name());
    }

    private Button cancel(long draftId) {
        return new Button(texts.plain("submit.cancel-button"), PREFIX + ":x:" + draftId + ":-");
    }
}
