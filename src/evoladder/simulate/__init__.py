"""A synthetic community playing a simulated day through the wave engine, against the first bot's
matcher on the same population (``evoladder simulate``)."""
