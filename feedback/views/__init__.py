"""The feedback loop in the browser: requests, what came back, reflections, templates."""
