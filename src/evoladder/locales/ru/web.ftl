### web.ftl: таблица лидеров на сайте (/leaderboard) — страница, фильтры, переход по страницам и страница ошибки в ссылке.

web-site = Ладдер { $mod }
web-title = Таблица лидеров · { $site }
web-bad-title = Ошибка в запросе · { $site }
web-problem = С этой ссылкой на таблицу лидеров что-то не так
web-whole = Показать всю таблицу лидеров
web-languages = Язык

web-unranked-title = без ранга: нет игр за период активности
web-rank-title = ранг { $letter }
web-no-country = страна не указана
web-no-name = (без имени)
web-mmr = MMR
web-wld = В-П-Н
web-wld-title = выигрыши-проигрыши-ничьи
web-empty = Нет записей, подходящих под эти фильтры.
web-rank = Ранг
web-player = Игрок
web-race = Раса

web-previous = ‹ Назад
web-next = Вперёд ›
web-jump = Страница { $number } из { $pages }
web-go = Перейти

web-any-rank = Любой ранг
web-unranked = Без ранга
web-races-legend = Расы (ничего не отмечено — все расы)
web-countries-label = Страны (ничего не выбрано — все страны; Ctrl или ⌘, чтобы выбрать несколько)
web-best = Только лучшая раса
web-show-unranked = Показывать и игроков без ранга
web-apply = Применить
web-clear = Сбросить все фильтры
web-summary =
    { $total ->
        [one] { $total } запись
        [few] { $total } записи
        [many] { $total } записей
       *[other] { $total } записи
    } · страница { $page } из { $pages }
web-showing = показано: { $filters }
web-legend = Одна строка на игрока и расу. Буквенные ранги от S (лучший) до F есть у записей с недавней игрой; U — без ранга (нет игр за период активности), такие записи показываются только по запросу. Обновляется в реальном времени.
web-legend-json = Те же данные в формате { $json }.
web-json = JSON

web-bad-parameter = Неизвестный параметр { $name }: используйте { $known }
web-bad-too-many = Слишком много значений для { $name }: укажите не больше { $max }.
web-bad-repeated = Параметр { $name } указан несколько раз: укажите его только один раз.
web-bad-country = Неизвестная страна { $value }: используйте двухбуквенный код ISO 3166-1, например KR, DE или US
web-bad-race = Неизвестная раса { $value }: используйте одну из этих: { $races }
web-bad-rank = Неизвестный ранг { $value }: используйте один из этих: { $ranks } ({ $unranked } — без ранга)
web-bad-flag = Флаг «{ $label }» ({ $name }) должен быть 1 или 0 (получено { $value })
web-flag-best = только лучшая раса
web-flag-unranked = показывать без ранга
web-bad-page-number = Номер страницы должен быть целым числом от 1 (получено { $value })
web-bad-page-range = Номер страницы должен быть от 1 до { $max } (получено { $value })
