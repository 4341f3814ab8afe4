"""What the bot says to a message that writes nothing, and the questions it asks for what a request lacks."""

from __future__ import annotations

__all__ = ["REQUEST_LINES"]

REQUEST_LINES: dict[str, tuple[str, str]] = {
    # --- answers to a message that writes nothing
    "nothing_to_confirm": (
        "现在没有等待您确认的操作。要新建或修改订单，直接告诉我就行。",
        "Nothing is waiting for your confirmation. To create or change an order, just tell me.",
    ),
    "nothing_to_cancel": (
        "现在没有进行中的操作，不需要取消。",
        "Nothing is in progress, so there is nothing to cancel.",
    ),
    "only_requester_confirms": ("只有发起人{who}可以确认这个操作。", "Only {who}, who asked for it, can confirm this."),
    "only_supervisor_approves": (
        "这个操作在等待{approver}审批，只有{who}的主管可以同意。",
        "This waits for {approver}'s approval; only {who}'s supervisor can approve it.",
    ),
    "stock_which": ("查哪个物料的库存？", "Stock of which item?"),
    "stock_name_it": (
        "请告诉我要查哪个物料，例如：{stock_item}还有多少库存",
        "Which item? For example: stock of {stock_item}",
    ),
    "welcome": ("不客气。", "You're welcome."),
    "small_talk": ("有需要直接说；发“帮助”可以看到例子。", "Tell me what to do; send `help` for examples."),
    "not_understood_group": (
        "抱歉，没听懂。发“帮助”看看我能做什么。",
        "Sorry, I didn't get that. Send `help` to see what I can do.",
    ),
    "not_understood": ("抱歉，我没听懂。", "Sorry, I didn't get that."),
    # The help's examples are the plant's own (agent.examples): an item it makes, one it stocks, a shop, an order.
    "help": (
        "我可以帮您操作 K/3 生产订单，直接说就行：\n"
        "- 新建：`建立生产订单 {product} 数量300 下周五交`\n"
        "- 修改：`{order} 数量改为1200`、`{order} 交期改到12月20日`\n"
        "- 下达/开工/完工/结案：`{order} 下达`\n"
        "- 报工：`{order} 报工 良品480 不良20`\n"
        "- 查询订单：`查询 {order}`、`{workshop}有哪些开工的订单`\n"
        "- 查库存：`{stock_item}还有多少库存`\n"
        "写入 K/3 之前都会先请您确认。",
        "I run K/3 production orders for you; just say what you need:\n"
        "- New: `create production order {product} qty 300 due next Friday`\n"
        "- Change: `change {order} quantity to 1200`, `update {order} due date to Dec 20`\n"
        "- Release / start / finish / close: `release {order}`\n"
        "- Report output: `{order} good 480 scrap 20`\n"
        "- Orders: `status of {order}`, `show me started orders in {workshop}`\n"
        "- Stock: `stock of {stock_item}`\n"
        "I ask you to confirm before anything is written to K/3.",
    ),
    # where the plant has none of a kind (or K/3 cannot list its orders now)
    "example_product": ("〈产品〉", "[product]"),
    "example_stock_item": ("〈物料〉", "[item]"),
    "example_workshop": ("〈车间〉", "[workshop]"),
    "example_order": ("〈订单号〉", "[order number]"),
    # --- questions for what a request lacks
    "cancel_hint": ("（回复“取消”可放弃）", "(Reply “cancel” to drop it.)"),
    "not_producible": (
        "“{phrase}”是{category}（{number} {name} {spec}），不能建生产订单。请给本厂自制的产成品或半成品。",
        "“{phrase}” ({number} {name} {spec}) is bought, not made: no production order can be raised for it. "
        "Name a finished or semi-finished item the plant makes.",
    ),
    "pick_one_of": ("“{phrase}”对应多个物料，请回复序号：", "“{phrase}” matches several items; reply with a number:"),
    "did_you_mean": ("没有找到“{phrase}”，您是不是要找：", "No item is called “{phrase}”. Did you mean:"),
    "also_needed": ("另外还需要：{slots}", "Also needed: {slots}."),
    "no_such_material": (
        "物料“{phrase}”没有找到，请换个说法，或直接给 K/3 物料编码。",
        "No item “{phrase}” found. Try other words, or give its K/3 item number.",
    ),
    "no_such_workshop": (
        "没有找到车间“{phrase}”。本厂的车间：{known}",
        "No workshop “{phrase}” here. The plant's workshops: {known}.",
    ),
    "please_add": ("请补充：{slots}", "Please add {slots}."),
    "unreadable": ("没能理解：{what}。", "Could not read: {what}."),
    "pick_in_range": ("请回复 1 到 {n} 之间的序号。", "Please reply with a number from 1 to {n}."),
    "dropped": ("好的，已取消。", "OK, dropped."),
}
