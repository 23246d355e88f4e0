### queue.ftl：/queue —— 种族选择、地图否决、加入/离开和匹配中消息。

cmd-queue = 排队
    .description = 排队进行天梯对战

queue-expired = 这个排队面板已经失效（机器人可能重启过）。请重新使用 `/{ cmd-queue }`。
queue-pick-race = 请选择一个母巢之战种族、一个星际争霸 II 种族，或两者都选，然后点“加入”。
queue-left = 你已离开队列。再次使用 `/{ cmd-queue }` 即可重新匹配。
queue-entry-expired = 你等待太久，排队已过期。再次使用 `/{ cmd-queue }` 即可重新匹配。

queue-panel-title = 天梯排队
queue-panel-body =
    选择一个母巢之战种族或星际争霸 II 种族；如果两边都愿意打，就各选一个。你最多可以否决 { $max_vetoes } 张不想玩的地图。然后点“加入”。

    种族：{ $races }
    否决地图：{ $vetoes }
queue-none-yet = 尚未选择
queue-none = 无
queue-bw-placeholder = 母巢之战种族
queue-sc2-placeholder = 星际争霸 II 种族
queue-veto-placeholder = 否决地图（最多 { $max_vetoes } 张）
queue-no-bw-race = 不选母巢之战种族
queue-no-sc2-race = 不选星际争霸 II 种族
queue-map-by = { $game } 地图，作者：{ $author }
queue-join = 加入
queue-leave = 离开
queue-read-guide = 我已阅读快速入门指南

queue-searching-title = 正在寻找对手
queue-not-queued-title = 未在队列中
queue-next-wave = 下一轮匹配：{ $next_wave }。
queue-races = 种族
queue-vetoes = 否决地图
queue-queued = 排队人数
queue-queued-value = { $total } 人（母巢之战 { $bw } · 星际争霸 II { $sc2 } · 两者皆可 { $both }）
queue-active = 最近 { $minutes } 分钟内活跃的玩家
queue-playing = 正在进行的比赛
queue-waiting = 你的等待
queue-waiting-value = 自 { $joined } 起（已等待 { $minutes } 分钟）
queue-estimate = 预计等待
queue-estimate-value = 你所在地区与你 MMR 相近的玩家约需 { $minutes } 分钟（基于最近 { $basis } 场比赛）
queue-estimate-short = 你所在地区与你 MMR 相近的玩家不到一分钟（基于最近 { $basis } 场比赛）
queue-estimate-unknown = 最近的比赛还不够多，暂时无法估计
queue-quick-start = 新玩家从这里开始：快速入门指南 —— { $url }
queue-quick-start-needed = **第一场比赛之前**，请阅读快速入门指南（安装模组、房间设置、上传录像）：{ $url }
    然后点“我已阅读快速入门指南”。
