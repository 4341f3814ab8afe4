"""A bot built only from the official dingtalk-stream SDK, run as a subprocess by the Stream tests.

The SDK reads DINGTALK_OPENAPI_ENDPOINT when it is imported, so it runs in its own process with that variable
pointing at the simulator, exactly as a deployment would set it. Each thing it sees is printed as `@@ <json>`.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys

import dingtalk_stream
from dingtalk_stream import AckMessage, ChatbotMessage
from dingtalk_stream.card_callback import CardCallbackMessage


def say(**fields: object) -> None:
    print("@@ " + json.dumps(fields, ensure_ascii=False), flush=True)


class Echo(dingtalk_stream.ChatbotHandler):
    async def process(self, callback: dingtalk_stream.CallbackMessage) -> tuple[int, str]:
        incoming = ChatbotMessage.from_dict(callback.data)
        text = incoming.text.content
        say(
            kind="message",
            content=text,
            msgId=incoming.message_id,
            sender=incoming.sender_staff_id,
            conversationType=incoming.conversation_type,
            messageId=callback.headers.message_id,
        )
        self.reply_text(f"收到：{text.strip()}", incoming)
        return AckMessage.STATUS_OK, "OK"


class Cards(dingtalk_stream.CallbackHandler):
    async def process(self, callback: dingtalk_stream.CallbackMessage) -> tuple[int, object]:
        click = CardCallbackMessage.from_dict(callback.data)
        say(kind="card", outTrackId=click.card_instance_id, userId=click.user_id, content=click.content)
        answer = {
            "cardData": {
                "cardParamMap": {
                    "markdown": f"已处理：{click.content['cardPrivateData']['actionIds'][0]}",
                    "buttons": "[]",
                }
            },
            "cardUpdateOptions": {"updateCardDataByKey": True},
        }
        return AckMessage.STATUS_OK, answer


class Events(dingtalk_stream.EventHandler):
    async def process(self, event: dingtalk_stream.EventMessage) -> tuple[int, str]:
        say(kind="event", eventType=event.headers.event_type, data=event.data)
        return AckMessage.STATUS_OK, "OK"


def main() -> None:
    client = dingtalk_stream.DingTalkStreamClient(
        dingtalk_stream.Credential(os.environ["DINGK3_DINGTALK_APP_KEY"], os.environ["DINGK3_DINGTALK_APP_SECRET"])
    )
    client.register_callback_handler(ChatbotMessage.TOPIC, Echo())
    client.register_callback_handler(dingtalk_stream.CallbackHandler.TOPIC_CARD_CALLBACK, Cards())
    client.register_all_event_handler(Events())
    say(kind="start", endpoint=client.OPEN_CONNECTION_API)
    try:
        asyncio.run(client.start())
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
