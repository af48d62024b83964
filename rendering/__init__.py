"""The one place where anything the bot shows becomes text: Telegram HTML for chats (rendering/telegram.py),
plain text for the console and `bot.py ask` (rendering/console.py), from the curated answers and the texts of
rendering/texts.yaml in the reader's language (rendering/texts.py)."""
