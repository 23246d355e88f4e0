### errors.ftl: what a player reads when their action can't be done, and the answer to a bug.

# A slash-command option the player typed is not one of the allowed values. $value is what they typed.
error-bad-value = `{ $value }` здесь не подходит. Выберите один из предложенных вариантов.

# A player used a command Discord still shows but the bot no longer has.
error-command-gone = Эта команда больше недоступна. Discord может обновить список команд не сразу — подождите минуту.

# The player must wait before using a command again. $seconds is a whole number of seconds.
error-cooldown = Подождите { $seconds } с, прежде чем использовать это снова.
