### account.ftl：玩家账户——/termsofservice、/setup、/setcountry、/help 和 /prune。

## /termsofservice

cmd-termsofservice = 服务条款
    .description = 阅读并同意天梯服务条款
account-terms-title = 天梯服务条款
account-terms-body =
    请阅读条款：{ $url }

    简而言之：公平竞技，只用自己的账号，如实上传录像，如实报告结果。管理员可以调整结果，并封禁违反规则的玩家。

    点击 **同意** 即可在天梯上比赛。
account-terms-accept = 同意
account-terms-decline = 拒绝
account-terms-accepted = 谢谢，你已同意条款。接下来请运行 `/{ cmd-setup }`，登记你的玩家名、BattleTag、国家和地区。
account-terms-declined = 你拒绝了条款，因此无法在天梯上比赛。想同意时随时再次运行 `/{ cmd-termsofservice }`。

## /setup

cmd-setup = 设置
    .description = 登记或修改你的玩家名、BattleTag、国家和地区
account-setup-expired = 这个设置已失效（机器人可能重启过）。请重新运行 `/{ cmd-setup }`。
account-setup-rejected =
    { $problem }

    点击 **重试** 进行修改：表单会重新打开，并保留你输入的所有内容。
account-setup-try-again = 重试
account-setup-pick-first = 请先选择你的国家和地区，然后点击确认。
account-setup-saved = 已保存。欢迎来到天梯，{ $name }！使用 `/{ cmd-queue }` 寻找对局。
account-setup-cancelled = 已取消设置，没有任何更改。
account-setup-preview-title = 你的天梯登记信息
account-setup-player-name = 玩家名
account-setup-battletag = BattleTag
account-setup-alt-names = 小号名
account-setup-country = 国家
account-setup-region = 地区
account-setup-none = 无
account-setup-country-value = { $flag } { $country }
account-setup-pick-below = 请在下方选择
account-setup-preview-footer = 选择你居住和比赛的地方，然后点击确认。列表里没有你的国家？请选择“其他 (ZZ)”，之后再用 /{ cmd-setcountry } 修改。
account-setup-country-placeholder = 国家（{ $first }–{ $last }）
account-setup-confirm = 确认
account-setup-restart = 重新开始
account-setup-cancel = 取消
account-setup-form-title = 天梯登记
account-setup-form-player-name = 玩家名（你的游戏内名字）
account-setup-form-battletag = BattleTag（Name#1234）
account-setup-form-alt-one = 其他名字（可选）
account-setup-form-alt-two = 第二个其他名字（可选）

## /setcountry

cmd-setcountry = 更改国家
    .description = 修改显示在你名字旁的国家
cmd-setcountry-country = 国家
    .description = 输入国家名称或代码
account-country-field = 国家
account-country-preview = 要把你的国家从 { $old } 改为 { $new } 吗？
account-country-not-set = 未设置
account-country-unchanged = 你的国家已经是 { $country }，无需更改。
account-country-confirm = 确认修改
account-country-cancel = 保留 { $old }
account-country-keep-unset = 取消
account-country-changed = 你的国家现在是 { $country }。
account-country-kept = 没有任何更改：你的国家仍是 { $country }。

## /help

cmd-help = 帮助
    .description = 你可以使用的命令，以及新手指南
account-help-title = 你可以做什么
account-help-line = `/{ $name }` — { $description }
account-help-start-terms = 新来的？先运行 `/{ cmd-termsofservice }`，再运行 `/{ cmd-setup }`：完成设置后会出现更多命令。
account-help-start-setup = 下一步：用 `/{ cmd-setup }` 登记你的玩家名、BattleTag、国家和地区。
account-help-guide = 第一次玩天梯？请阅读[新手指南]({ $url })：模组、房间设置、录像。
account-help-dms = 天梯命令需要在与我的私信中使用。

## /prune

cmd-prune = 清理
    .description = 删除我在私信里的旧消息（它们可能让 Discord 变慢）
account-prune-prompt = 我在这个聊天中找到 { $count } 条我发送的、超过 { $age }的旧消息。要删除吗？你进行中的对局消息和这条消息会保留；删除大约需要 { $seconds } 秒。
account-prune-nothing = 这里没有我发送的、超过 { $age }的消息：没有需要删除的内容。
account-prune-confirm = 删除
account-prune-cancel = 保留
account-prune-working = 正在删除 { $count } 条旧消息…
account-prune-done = 完成：我删除了这里 { $deleted } 条旧消息。
account-prune-done-with-failures = 完成：我删除了这里 { $deleted } 条旧消息；有 { $failed } 条无法删除。
account-prune-cancelled = 没有删除任何消息。
account-prune-busy = 我正在删除你的旧消息；完成后这条消息会告诉你。
account-prune-not-here = `/{ cmd-prune }` 需要在与我的私信中使用。
account-prune-age-minutes = { $minutes } 分钟
account-prune-age-hours = { $hours } 小时
