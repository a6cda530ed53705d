package id.humas.hub.web;

import id.humas.hub.system.BotProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** The dashboard speaks the bot's language ({@code bot.language}), whatever the browser asks for. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebConfiguration {

    @Bean
    LocaleResolver localeResolver(BotProperties properties) {
        return new FixedLocaleResolver(properties.language(), java.util.TimeZone.getTimeZone(properties.timezone()));
    }
}
