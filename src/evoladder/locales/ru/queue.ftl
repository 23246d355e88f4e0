### queue.ftl: /queue — выбор рас, вето карт, «Встать в очередь» / «Выйти» и сообщение о поиске.

cmd-queue = очередь
    .description = Встать в очередь на рейтинговую игру

queue-expired = Эта панель очереди больше не действует (возможно, бот перезапускался). Выполните `/{ cmd-queue }` ещё раз.
queue-pick-race = Выберите расу Brood War, расу StarCraft II или обе, затем нажмите «Встать в очередь».
queue-left = Вы вышли из очереди. Чтобы снова искать игру, используйте `/{ cmd-queue }`.
queue-entry-expired = Ваше место в очереди истекло после долгого ожидания. Чтобы снова искать игру, используйте `/{ cmd-queue }`.

queue-panel-title = Рейтинговая очередь
queue-panel-body =
    Выберите расу Brood War, расу StarCraft II или по одной из каждой, чтобы играть за любую сторону, и до { $max_vetoes } карт, на которых не хотите играть. Затем нажмите «Встать в очередь».

    Расы: { $races }
    Вето: { $vetoes }
queue-none-yet = пока не выбраны
queue-none = нет
queue-bw-placeholder = Раса Brood War
queue-sc2-placeholder = Раса StarCraft II
queue-veto-placeholder = Вето карт (не больше { $max_vetoes })
queue-no-bw-race = Без расы Brood War
queue-no-sc2-race = Без расы StarCraft II
queue-map-by = Карта { $game }, автор: { $author }
queue-join = Встать в очередь
queue-leave = Выйти
queue-read-guide = Я прочитал(а) краткое руководство

queue-searching-title = Поиск соперника
queue-not-queued-title = Вы не в очереди
queue-next-wave = Следующий подбор игр { $next_wave }.
queue-races = Расы
queue-vetoes = Вето
queue-queued = В очереди
queue-queued-value = { $total } (Brood War: { $bw } · StarCraft II: { $sc2 } · обе стороны: { $both })
queue-active = Активных игроков за последние { $minutes } мин
queue-playing = Идёт матчей
queue-waiting = Ваше ожидание
queue-waiting-value = С { $joined } (уже { $minutes } мин)
queue-estimate = Примерное ожидание
queue-estimate-value = Около { $minutes } мин для игроков с близким MMR в вашем регионе (по { $basis } недавним матчам)
queue-estimate-short = Меньше минуты для игроков с близким MMR в вашем регионе (по { $basis } недавним матчам)
queue-estimate-unknown = Пока слишком мало недавних матчей, чтобы оценить ожидание
queue-quick-start = Новичкам сюда: краткое руководство — { $url }
queue-quick-start-needed = **Перед первой игрой** прочитайте краткое руководство (установка мода, настройки лобби, отправка реплеев): { $url }
    Затем нажмите «Я прочитал(а) краткое руководство».
