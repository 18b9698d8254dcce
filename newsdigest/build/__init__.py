"""The build: scan what changed, plan the work, digest and render it in worker processes, publish atomically."""
