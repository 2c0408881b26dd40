"""Administrators disable accounts and send one-time password links; the links work once, then never."""

import re
from datetime import timedelta

from returns.result import Failure, Success

from application.reset_password import ResetPassword, ResetPasswordCommand
from application.send_password_link import PasswordLinkCommand, SendPasswordLink
from application.set_user_active import SetUserActive, SetUserActiveCommand
from application.testing.fakes import FakeClock, FakePasswordHasher, FakeUnitOfWork
from application.testing.letters import FakeMailer
from domain.jurisdiction import Jurisdiction
from domain.office import NotarialOffice
from domain.user import Role, User

NEW_PASSWORD = "une phrase de passe solide"
EVERYWHERE = Jurisdiction.everywhere(("69",))


def _world() -> tuple[FakeUnitOfWork, FakeMailer, FakeClock]:
    uow, mailer, clock = FakeUnitOfWork(), FakeMailer(), FakeClock()
    uow.offices.save(NotarialOffice(crpcen="69001", name="Étude", email="office@notaires.fr"))
    for user_id, email, role in (("clerk", "clerc.dupont@notaires.fr", Role.NOTARY), ("agent", "agent@rhone.fr", Role.AGENT)):
        uow.users.add(User(id=user_id, email=email, role=role, password_hash="old",
                           crpcen="69001" if role is Role.NOTARY else None))
    return uow, mailer, clock


def _send(uow: FakeUnitOfWork, mailer: FakeMailer, clock: FakeClock, user_id: str) -> str:
    command = PasswordLinkCommand(actor_id="admin", user_id=user_id, link_prefix="https://x/admin/mot-de-passe/",
                                  jurisdiction=EVERYWHERE)
    assert isinstance(SendPasswordLink(uow, mailer, clock, "ne-pas-repondre@x").execute(command), Success)
    found = re.search(r"https://x/admin/mot-de-passe/(\S+)", mailer.sent[-1].body)
    assert found
    return found.group(1)


def _reset(uow: FakeUnitOfWork, clock: FakeClock, token: str, password: str = NEW_PASSWORD) -> object:
    return ResetPassword(uow, FakePasswordHasher(), clock).execute(
        ResetPasswordCommand(token=token, password=password, confirmation=password))


def test_a_notary_link_goes_to_the_office_generic_address_never_to_a_person() -> None:
    uow, mailer, clock = _world()
    _send(uow, mailer, clock, "clerk")
    assert mailer.sent[-1].recipients == ("office@notaires.fr",)
    _send(uow, mailer, clock, "agent")
    assert mailer.sent[-1].recipients == ("agent@rhone.fr",)
    assert [e.action for e in uow.audit.entries] == ["user.password_link_sent"] * 2


def test_only_the_hash_of_the_token_is_kept() -> None:
    uow, mailer, clock = _world()
    token = _send(uow, mailer, clock, "clerk")
    assert token not in uow.password_resets.items and len(uow.password_resets.items) == 1


def test_a_link_sets_the_password_once_and_then_stops_working() -> None:
    uow, mailer, clock = _world()
    uow.sessions.open("clerk", "old-session", clock.now() + timedelta(hours=1))
    token = _send(uow, mailer, clock, "clerk")
    assert isinstance(_reset(uow, clock, token), Success)
    assert uow.users.items["clerk"].password_hash.endswith(NEW_PASSWORD)
    assert uow.sessions.user_for("old-session", clock.now()) is None
    again = _reset(uow, clock, token, "encore une autre phrase")
    assert isinstance(again, Failure) and "plus valable" in again.failure().message


def test_opening_a_link_trades_its_token_for_a_fresh_one_and_the_link_stops_working() -> None:
    uow, mailer, clock = _world()
    token = _send(uow, mailer, clock, "clerk")
    resets = ResetPassword(uow, FakePasswordHasher(), clock)
    fresh = resets.exchange(token).unwrap()
    assert fresh != token and resets.check(fresh) == Success("clerc.dupont@notaires.fr")
    assert isinstance(resets.check(token), Failure), "a token seen in an address, and so in a log, is dead"
    assert isinstance(resets.exchange(token), Failure)
    assert isinstance(_reset(uow, clock, fresh), Success)
    assert isinstance(resets.exchange(fresh), Failure) and isinstance(_reset(uow, clock, fresh), Failure)


def test_an_opened_link_works_half_an_hour_at_most_and_an_expired_one_cannot_be_opened() -> None:
    uow, mailer, clock = _world()
    resets = ResetPassword(uow, FakePasswordHasher(), clock)
    fresh = resets.exchange(_send(uow, mailer, clock, "clerk")).unwrap()
    clock.advance(timedelta(minutes=30))
    assert isinstance(resets.check(fresh), Failure)
    late = _send(uow, mailer, clock, "clerk")
    clock.advance(timedelta(hours=24))
    assert isinstance(resets.exchange(late), Failure)


def test_a_link_expires_after_a_day_and_a_newer_link_replaces_it() -> None:
    uow, mailer, clock = _world()
    first = _send(uow, mailer, clock, "clerk")
    second = _send(uow, mailer, clock, "clerk")
    assert isinstance(_reset(uow, clock, first), Failure)
    clock.advance(timedelta(hours=24, seconds=1))
    assert isinstance(_reset(uow, clock, second), Failure)


def test_a_weak_or_mistyped_password_is_refused_in_french() -> None:
    uow, mailer, clock = _world()
    token = _send(uow, mailer, clock, "clerk")
    weak = _reset(uow, clock, token, "motdepasse")
    assert isinstance(weak, Failure) and "12 caractères" in weak.failure().message
    mistyped = ResetPassword(uow, FakePasswordHasher(), clock).execute(
        ResetPasswordCommand(token=token, password=NEW_PASSWORD, confirmation=NEW_PASSWORD + "!"))
    assert isinstance(mistyped, Failure) and "différents" in mistyped.failure().message


def test_no_link_is_kept_when_the_mail_server_is_down() -> None:
    uow, mailer, clock = _world()
    mailer.down = True
    command = PasswordLinkCommand(actor_id="admin", user_id="clerk", link_prefix="https://x/", jurisdiction=EVERYWHERE)
    result = SendPasswordLink(uow, mailer, clock, "ne-pas-repondre@x").execute(command)
    assert isinstance(result, Failure) and "n'a pas pu être envoyé" in result.failure().message
    assert uow.commits == 0


def test_a_disabled_account_is_audited_and_an_administrator_keeps_their_own() -> None:
    uow, _, clock = _world()
    result = SetUserActive(uow, clock).execute(SetUserActiveCommand(actor_id="admin", user_id="agent", active=False,
                                                                jurisdiction=EVERYWHERE))
    assert isinstance(result, Success) and not uow.users.items["agent"].active
    assert uow.audit.entries[-1].action == "user.disabled"
    own = SetUserActive(uow, clock).execute(SetUserActiveCommand(actor_id="agent", user_id="agent", active=False,
                                                             jurisdiction=EVERYWHERE))
    assert isinstance(own, Failure)
