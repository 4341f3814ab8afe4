"""K/3's refusal text reaches chat as its business message only: first line, no internals, at most 120 characters."""

from __future__ import annotations

import pytest

from dingk3.errors import K3BusinessError, k3_business_text

TRACE = (
    "订单MO20261101保存失败 System.Data.SqlClient.SqlException (0x80131904): 违反了 PRIMARY KEY 约束“PK_T_PRD_MO”。"
    "不能在对象“dbo.T_PRD_MO”中插入重复键。"
    "\r\n   在 Kingdee.BOS.App.Data.AbstractDatabase.ExecuteNonQuery(DbCommand cmd)"
    "\r\n   位置 D:\\Kingdee\\K3Cloud\\WebSite\\bin\\Kingdee.BOS.App.Data.dll"
)


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        ("物料编码 01.01.0011 已禁用，不能保存", "物料编码 01.01.0011 已禁用，不能保存"),  # business text: as is
        (TRACE, "订单MO20261101保存失败"),  # a .NET exception, SQL names and a stack trace
        ("Object reference not set. at Kingdee.BOS.Core.Save(Context ctx)", "Object reference not set."),
        ("UPDATE T_PRD_MO SET FSTATUS = 4 WHERE FID = 100001", ""),  # SQL only: nothing of it
        ("保存失败：位置 D:\\Kingdee\\K3Cloud\\bin\\x.dll", "保存失败"),  # a path after the words
        ("审核失败 /opt/kingdee/k3cloud/app/save.py line 3", "审核失败"),
        ("库存位置不足，不能下达", "库存位置不足，不能下达"),  # 位置 as a plain word stays
        ("第一行\n第二行有内部信息", "第一行"),  # only the first line
        ("  \n  ", ""),
        ("很" * 300, "很" * 119 + "…"),  # at most 120 characters
    ],
)
def test_k3_business_text(message: str, shown: str) -> None:
    assert k3_business_text(message) == shown


def test_the_chat_text_has_no_internals_but_the_log_text_keeps_them() -> None:
    err = K3BusinessError(TRACE, msg_code=4, bill_no="MO20261101")
    assert err.user_message == "K/3 拒绝了操作：MO20261101：订单MO20261101保存失败"
    assert "SqlException" in str(err), "the log keeps the whole message"
