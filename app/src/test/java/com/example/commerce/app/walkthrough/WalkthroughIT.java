package com.example.commerce.app.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.app.CommerceApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs docs/walkthrough.md as written: its {@code sh} blocks, in order, in one bash session,
 * against the embedded default (no profile: H2 file database, demo catalog, development secrets).
 * This is also the newcomer's first path, so it must never rot.
 */
class WalkthroughIT {

    private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path workDir;

    @Test
    void runsEveryStepOfTheWalkthroughAgainstTheEmbeddedDefault() throws Exception {
        String script = "set -euo pipefail\n" + String.join("\n", shBlocks(Path.of("..", "docs", "walkthrough.md")));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CommerceApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + workDir.resolve("commerce")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--commerce.order.auto-confirm-after=PT10S")) {
            assertThat(app.getEnvironment().getActiveProfiles()).isEmpty();
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();

            ProcessBuilder steps = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true)
                    .directory(workDir.toFile());
            steps.environment().put("BASE", "http://localhost:" + port);
            Process bash = steps.start();
            bash.getOutputStream().close();
            String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(bash.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(bash.exitValue()).as(output).isZero();
            assertThat(output).contains("\"status\": \"completed\"").contains("OrderPaid");
        }
    }

    private static List<String> shBlocks(Path markdown) throws IOException {
        Matcher matcher = SH_BLOCK.matcher(Files.readString(markdown));
        List<String> blocks = new ArrayList<>();
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        assertThat(blocks).as("sh blocks in " + markdown).hasSizeGreaterThan(5);
        return blocks;
    }
}
