### errors.ftl: what a player reads when their action can't be done, and the answer to a bug.

# A slash-command option the player typed is not one of the allowed values. $value is what they typed.
error-bad-value = `{ $value }` no es un valor válido aquí. Elige una de las sugerencias.

# A player used a command Discord still shows but the bot no longer has.
error-command-gone = Este comando ya no está disponible. Discord puede tardar un minuto en mostrar los actuales.

# The player must wait before using a command again. $seconds is a whole number of seconds.
error-cooldown = Espera { $seconds } s antes de volver a usar esto.
