### errors.ftl: what a player reads when their action can't be done, and the answer to a bug.

# A slash-command option the player typed is not one of the allowed values. $value is what they typed.
error-bad-value = `{ $value }`은(는) 여기에 쓸 수 없는 값이에요. 제안 목록에서 골라 주세요.

# A player used a command Discord still shows but the bot no longer has.
error-command-gone = 이 명령어는 더 이상 사용할 수 없어요. Discord에 현재 명령어가 보이기까지 1분 정도 걸릴 수 있어요.

# The player must wait before using a command again. $seconds is a whole number of seconds.
error-cooldown = { $seconds }초 후에 다시 사용해 주세요.
