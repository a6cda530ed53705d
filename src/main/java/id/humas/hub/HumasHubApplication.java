package id.humas.hub;

import id.humas.hub.sandbox.SandboxMode;
import id.humas.hub.system.RequiredSettingsCheck;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
@Modulithic(sharedModules = "system")
public class HumasHubApplication {

    public static void main(String[] args) {
        try {
            application().run(args);
        } catch (SpringApplication.AbandonedRunException settingsMissing) {
            // RequiredSettingsCheck already logged the one line an operator needs.
            System.exit(2);
        }
    }

    /**
     * The application as the README's first command starts it: without a token it is the sandbox
     * ({@link SandboxMode}); with one, a missing or malformed setting stops it with one line.
     */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(HumasHubApplication.class);
        application.addListeners(new SandboxMode(), new RequiredSettingsCheck());
        return application;
    }
}
