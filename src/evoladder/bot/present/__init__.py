"""What players and admins see, as pure functions over plain values (records, game data, numbers).

Each builder returns discord.py objects (embeds, select options) that stay within Discord's limits
for any input the ladder allows; the cogs attach them to messages and views.
"""
