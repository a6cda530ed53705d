package id.humas.hub.telegram;

import java.util.Arrays;
import java.util.List;

/** An inline keyboard: rows of buttons that each carry callback data. */
public record Keyboard(List<List<Button>> rows) {

    public Keyboard {
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static Keyboard of(List<List<Button>> rows) {
        return new Keyboard(rows);
    }

    public static Keyboard row(Button... buttons) {
        return new Keyboard(List.of(Arrays.asList(buttons)));
    }

    public record Button(String text, String callbackData) {
    }
}
