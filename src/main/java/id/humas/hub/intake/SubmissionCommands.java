package id.humas.hub.intake;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SubmissionCommands {

    @Bean
    SubmissionCommand issueCommand(OfficerGate gate, Submissions submissions, SubmissionReplies replies) {
        return new SubmissionCommand(List.of("isu", "alert"), Category.ISSUE, gate, submissions, replies);
    }

    @Bean
    SubmissionCommand reportCommand(OfficerGate gate, Submissions submissions, SubmissionReplies replies) {
        return new SubmissionCommand(List.of("lapor", "report"), null, gate, submissions, replies);
    }

    @Bean
    SubmissionCommand agendaCommand(OfficerGate gate, Submissions submissions, SubmissionReplies replies) {
        return new SubmissionCommand(List.of("agenda"), Category.AGENDA, gate, submissions, replies);
    }
}
