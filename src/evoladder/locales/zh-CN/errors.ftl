### errors.ftl: what a player reads when their action can't be done, and the answer to a bug.

# A slash-command option the player typed is not one of the allowed values. $value is what they typed.
error-bad-value = `{ $value }` 在这里不是有效的值，请从建议中选择一个。

# A player used a command Discord still shows but the bot no longer has.
error-command-gone = 此命令已不再可用。Discord 可能需要一分钟左右才会显示当前的命令。

# The player must wait before using a command again. $seconds is a whole number of seconds.
error-cooldown = 请等待 { $seconds } 秒后再使用。
