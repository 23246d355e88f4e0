### errors.ftl: what a player reads when their action can't be done, and the answer to a bug.

# A slash-command option the player typed is not one of the allowed values. $value is what they typed.
error-bad-value = `{ $value }` is not a valid value here. Please pick one of the suggestions.

# A player used a command Discord still shows but the bot no longer has.
error-command-gone = This command is not available any more. Discord may take a minute to show the current ones.

# The player must wait before using a command again. $seconds is a whole number of seconds.
error-cooldown = Please wait { $seconds } s before using this again.
