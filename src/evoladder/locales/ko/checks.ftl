### checks.ftl: 봇의 확인 단계 — 명령이나 버튼이 실행되기 전에 거절된 이유.

checks-banned = 래더에서 차단되어 명령을 사용할 수 없어요. 잘못된 것 같다면 관리자에게 문의해 주세요.
checks-banned-reason = 래더에서 차단되어 명령을 사용할 수 없어요. 사유: { $reason } 잘못된 것 같다면 관리자에게 문의해 주세요.
checks-dm-only = 래더 명령은 저와의 개인 메시지(DM)에서 사용할 수 있어요. 제 프로필을 열고 *메시지*를 누른 뒤 거기서 `/{ $command }`를 사용해 주세요.
checks-owner-only = 관리자 관리는 래더 소유자만 할 수 있어요.
checks-admin-only = 래더 관리자만 사용할 수 있어요.
checks-terms-first = 먼저 `/{ cmd-termsofservice }`으로 이용 약관을 읽고 동의해 주세요.
checks-access-required = 이번 시즌은 초대제로 운영돼요. 관리자에게 받은 코드로 `/{ cmd-activate }`를 사용해 주세요.
checks-setup-first = 먼저 `/{ cmd-setup }`으로 플레이어 설정을 마쳐 주세요.
checks-rate-limited = 조금 너무 빨라요. { $seconds }초 기다린 뒤 다시 시도해 주세요. 아무것도 바뀌지 않았어요.
checks-not-your-component = 이 버튼은 다른 플레이어의 것이에요. 내 메시지에 있는 버튼을 사용해 주세요.
