package id.humas.hub.telegram;

import java.net.URI;
import java.time.Duration;

import id.humas.hub.system.BotProperties;
import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Wires TelegramBots by hand (its Spring Boot 3 starter is not used). */
@Configuration(proxyBeanMethods = false)
class TelegramConfiguration {

    @Bean
    TelegramUrl telegramUrl(BotProperties properties) {
        return telegramUrl(properties.apiUrl());
    }

    @Bean
    TelegramClient telegramClient(BotProperties properties, TelegramUrl url, TelegramJson json, TelegramMetrics metrics) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30))
                // OkHttp would silently send a POST again on a broken connection: a message twice, reported once
                .retryOnConnectionFailure(false)
                .addInterceptor(metrics)
                .build();
        return new OkHttpTelegramClient(json.mapper(), http, properties.token(), url);
    }

    static TelegramUrl telegramUrl(URI apiUrl) {
        String scheme = apiUrl.getScheme() == null ? "https" : apiUrl.getScheme();
        int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : ("http".equals(scheme) ? 80 : 443);
        return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
    }
}
