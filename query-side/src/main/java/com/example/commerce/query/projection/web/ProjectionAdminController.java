package com.example.commerce.query.projection.web;

import com.example.commerce.query.projection.GenerationState;
import com.example.commerce.query.projection.ProjectionRebuilds;
import com.example.commerce.query.projection.ProjectionStatus;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Each projection's progress, and rebuilding one while the current generation keeps serving. ADMIN only. */
@RestController
@RequestMapping("/api/admin/projections")
public class ProjectionAdminController {

    private final ProjectionRebuilds rebuilds;

    public ProjectionAdminController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping
    public List<ProjectionStatus> list() {
        return rebuilds.statuses();
    }

    @PostMapping("/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public RebuildAccepted rebuild(@PathVariable String name) {
        GenerationState state = rebuilds.rebuild(name);
        return new RebuildAccepted(state.name(), state.publicStatus());
    }

    /** The answer to a rebuild request: the projection and its status now. */
    public record RebuildAccepted(String name, String status) {
    }
}
