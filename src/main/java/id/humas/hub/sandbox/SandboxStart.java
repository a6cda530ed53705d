package id.humas.hub.sandbox;

import java.time.ZonedDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Once the bot runs, builds the demo province in the background and then prints the one line a newcomer needs:
 * the address to open. The page works meanwhile and says the province is still being prepared.
 */
class SandboxStart implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(SandboxStart.class);

    private final DemoProvince province;
    private final SandboxClock clock;
    private final Environment environment;
    private volatile boolean ready;

    SandboxStart(DemoProvince province, SandboxClock clock, Environment environment) {
        this.province = province;
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ZonedDateTime realNow = ZonedDateTime.now(clock.getZone());
        Thread builder = new Thread(() -> build(realNow), "sandbox-demo-province");
        builder.setDaemon(true);
        builder.start();
    }

    private void build(ZonedDateTime realNow) {
        try {
            province.build(realNow);
        } catch (RuntimeException e) {
            log.warn("The demo province is incomplete ({}); the sandbox works without the rest.", e.toString());
        } finally {
            ready = true;
        }
        log.info("Humas Hub sandbox: open {}", address());
    }

    boolean ready() {
        return ready;
    }

    String address() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port + "/sandbox";
    }
}
