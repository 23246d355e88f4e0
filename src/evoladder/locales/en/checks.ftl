### checks.ftl: the bot's guards — why a command or button was refused before it did anything.

# The player is banned. Followed by checks-banned-reason's text when an admin gave a reason.
checks-banned = You are banned from the ladder and can't use its commands. If you think this is a mistake, contact an admin.
# The same with the admin's reason. $reason is the reason the admin typed (any language).
checks-banned-reason = You are banned from the ladder and can't use its commands. Reason: { $reason } If you think this is a mistake, contact an admin.
# A ladder command was used in a server channel. $command is the slash command's name (English, e.g. queue).
checks-dm-only = Ladder commands work in a direct message with me: open my profile, choose *Message*, and use `/{ $command }` there.
# An owner-only command (managing admins) was used by someone else.
checks-owner-only = Only the ladder owner can manage admins.
# An admin command was used by a non-admin.
checks-admin-only = Only ladder admins can use this.
# The player has not accepted the terms of service yet.
checks-terms-first = Please read and accept the terms first with `/{ cmd-termsofservice }`.
# The season is invitation-only and the player has no access code activated.
checks-access-required = This season is open by invitation: use `/{ cmd-activate }` with the code an admin gave you.
# The player has not finished /setup yet.
checks-setup-first = Please finish your player setup first with `/{ cmd-setup }`.
# Too many actions too fast. $seconds is a whole number of seconds.
checks-rate-limited = You're going a little fast: please wait { $seconds } s and try again. Nothing was changed.
# Someone pressed a button or used a menu in another player's message.
checks-not-your-component = These buttons belong to another player; use the ones in your own messages.
