### checks.ftl：机器人的检查 —— 命令或按钮在执行前被拒绝的原因。

checks-banned = 你已被天梯封禁，无法使用天梯命令。如果你认为这是误判，请联系管理员。
checks-banned-reason = 你已被天梯封禁，无法使用天梯命令。原因：{ $reason } 如果你认为这是误判，请联系管理员。
checks-dm-only = 天梯命令需要在和我的私信中使用：打开我的个人资料，选择*发消息*，然后在那里使用 `/{ $command }`。
checks-owner-only = 只有天梯所有者才能管理管理员。
checks-admin-only = 只有天梯管理员才能使用此功能。
checks-terms-first = 请先使用 `/{ cmd-termsofservice }` 阅读并接受服务条款。
checks-access-required = 本赛季仅限受邀玩家参加：请用管理员给你的邀请码使用 `/{ cmd-activate }`。
checks-setup-first = 请先使用 `/{ cmd-setup }` 完成玩家设置。
checks-rate-limited = 你操作得有点快了：请等待 { $seconds } 秒后再试。没有做任何更改。
checks-not-your-component = 这些按钮属于另一位玩家；请使用你自己消息里的按钮。
