package id.humas.hub.sandbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page says it is the sandbox (the dashboard's layout shows a banner when {@code sandboxMode} is set). */
@ControllerAdvice
@ConditionalOnProperty(name = "bot.mode", havingValue = SandboxMode.MODE)
class SandboxPages {

    @ModelAttribute("sandboxMode")
    boolean sandboxMode() {
        return true;
    }
}
