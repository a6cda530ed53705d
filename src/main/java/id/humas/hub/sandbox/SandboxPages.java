package id.humas.hub.sandbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page says it is the sandbox (the dashboard's layout shows a banner when {@code sandboxMode} is set). */
@ControllerAdvice
@ConditionalOnProperty(name = SandboxMode.ACTIVE_KEY, havingValue = "true")
class SandboxPages {

    @ModelAttribute("sandboxMode")
    boolean sandboxMode() {
        return true;
    }
}
