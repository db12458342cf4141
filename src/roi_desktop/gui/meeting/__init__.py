"""Meeting mode (the what-if sliders in front of the client) and the follow-up meeting on the realisation."""
