package com.example.commerce.app.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The operator console's entry: a static single-page application under {@code /console/}
 * ({@code static/console} in the jar). {@code /console} redirects to {@code /console/} so that the
 * page's relative links to its script and style sheet resolve; {@code /console/} serves its page.
 */
@Controller
public class ConsoleController {

    @GetMapping("/console")
    public String console() {
        return "redirect:/console/";
    }

    @GetMapping("/console/")
    public String page() {
        return "forward:/console/index.html";
    }
}
