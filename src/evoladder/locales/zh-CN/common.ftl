### common.ftl：各功能通用的消息。称呼用“你”。

# 本语言的名称（显示在 /language 选择列表中）。
language-name = 简体中文

# 机器人出错时显示。$ref 是玩家告诉管理员的简短编号。
error-unexpected = 我们这边出了点问题。如果问题一直出现，请联系管理员并提供参考编号 { $ref }。

# 玩家的操作没有产生任何效果，可以放心重试。
nothing-changed-try-again = 没有任何更改，请重试。

# 本赛季剩余的取消对局次数。$count 为整数。中文没有复数变化，只需要 [other]。
aborts-left =
    { $count ->
        [0] 你的取消对局次数已经用完了。
       *[other] 你还可以取消 { $count } 次对局。
    }
