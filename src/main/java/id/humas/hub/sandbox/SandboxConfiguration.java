package id.humas.hub.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;

import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.FloodLimits;
import id.humas.hub.system.BotProperties;
import id.humas.hub.system.Texts;
import id.humas.hub.system.WorkingDays;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The sandbox's parts, only when {@link SandboxMode} made this run the sandbox (no token, or {@code bot.mode=sandbox}): the Telegram double on the loopback port the bot was pointed at, Telegram's flood limits enforced;
 * the clock the page moves; the people's phones; the demo province.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = SandboxMode.ACTIVE_KEY, havingValue = "true")
class SandboxConfiguration {

    @Bean(destroyMethod = "close")
    FakeTelegram sandboxTelegram(Environment environment) {
        FakeTelegram telegram = new FakeTelegram(SandboxMode.TOKEN);
        telegram.setBotUsername(SandboxMode.USERNAME);
        telegram.setBotFirstName("Humas Hub (sandbox)");
        telegram.setDefaultAwaitTimeout(Duration.ofMinutes(2));
        telegram.enforceFloodLimits(FloodLimits.telegramDefaults());
        return telegram.start(environment.getRequiredProperty(SandboxMode.PORT_KEY, Integer.class));
    }

    @Bean
    @Primary
    SandboxClock sandboxClock(BotProperties properties) {
        ZonedDateTime now = ZonedDateTime.now(Clock.system(properties.timezone()));
        return new SandboxClock(DemoProvince.start(now).toInstant(), properties.timezone());
    }

    @Bean
    Phones phones(FakeTelegram sandboxTelegram) {
        return new Phones(sandboxTelegram);
    }

    @Bean
    SandboxStart sandboxStart(Phones phones, SandboxClock clock, Texts texts, WorkingDays workingDays,
            Environment environment) {
        return new SandboxStart(new DemoProvince(phones, clock, texts, workingDays), clock, environment);
    }

    /** The sandbox page needs no login (it is the phone of whoever sits at this machine); CSRF stays on. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain sandboxSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/sandbox/**").authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }
}
