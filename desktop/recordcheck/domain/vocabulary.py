"""The closed vocabularies of the scenario contract (``recordcheck.scenario/1``).

Values are the contract's JSON strings, so an enum member *is* its wire value.
"""

from __future__ import annotations

from enum import StrEnum


class ControllerType(StrEnum):
    PRIVATE_COMPANY = "private_company"
    PUBLIC_AUTHORITY = "public_authority"
    ASSOCIATION = "association"
    SELF_OWNING_INSTITUTION = "self_owning_institution"


class Sector(StrEnum):
    GENERAL = "general"
    HEALTH = "health"
    DENTAL = "dental"
    FINANCE_INVESTMENT = "finance_investment"
    BANK_INSURANCE = "bank_insurance"
    EMERGENCY_RESCUE = "emergency_rescue"
    LEGAL = "legal"
    EDUCATION = "education"
    HOUSING = "housing"
    SOCIAL_SERVICES = "social_services"
    CALL_CENTRE = "call_centre"


class Channel(StrEnum):
    PHONE_INBOUND = "phone_inbound"
    PHONE_OUTBOUND = "phone_outbound"
    DIGITAL_MEETING = "digital_meeting"
    PHYSICAL_MEETING = "physical_meeting"


class Media(StrEnum):
    AUDIO = "audio"
    VIDEO = "video"
    TRANSCRIPT = "transcript"


class Coverage(StrEnum):
    ALL = "all"
    SELECTED_LINES = "selected_lines"
    SELECTED_TOPICS = "selected_topics"
    EMPLOYEE_TRIGGERED = "employee_triggered"
    SAMPLE = "sample"
    SINGLE_MEETING = "single_meeting"


class Purpose(StrEnum):
    DOCUMENTATION = "documentation"
    TRAINING = "training"
    QUALITY_ASSURANCE = "quality_assurance"
    SERVICE_IMPROVEMENT = "service_improvement"
    THREAT_PROTECTION = "threat_protection"
    LEGAL_OBLIGATION = "legal_obligation"
    EMPLOYEE_EVALUATION = "employee_evaluation"
    AI_ANALYSIS = "ai_analysis"
    UNSPECIFIED = "unspecified"


class Significance(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class ThreatFrequency(StrEnum):
    NONE = "none"
    RARE = "rare"
    FREQUENT = "frequent"


class Law(StrEnum):
    MIFID_II = "mifid_ii"
    ALARM_112 = "alarm_112"
    OTHER = "other"


class InvestmentService(StrEnum):
    ORDER_RECEPTION_TRANSMISSION = "order_reception_transmission"
    ORDER_EXECUTION = "order_execution"
    DEALING_OWN_ACCOUNT = "dealing_own_account"
    PORTFOLIO_MANAGEMENT = "portfolio_management"
    ADVICE_ONLY = "advice_only"


class ParticipantCategory(StrEnum):
    CUSTOMERS = "customers"
    CITIZENS = "citizens"
    PATIENTS = "patients"
    EMPLOYEES = "employees"
    PROFESSIONALS = "professionals"
    BUSINESS_CONTACTS = "business_contacts"
    CHILDREN = "children"
    JOB_APPLICANTS = "job_applicants"
    VULNERABLE_ADULTS = "vulnerable_adults"
    MEMBERS = "members"


class DataCategory(StrEnum):
    ORDINARY = "ordinary"
    CPR = "cpr"
    HEALTH = "health"
    OTHER_SPECIAL = "other_special"
    CRIMINAL = "criminal"
    FINANCIAL = "financial"


class ConsentMechanism(StrEnum):
    NONE = "none"
    ANNOUNCEMENT_ONLY = "announcement_only"
    CONTINUE_EQUALS_ACCEPT = "continue_equals_accept"
    OPT_OUT_KEY = "opt_out_key"
    OPT_IN_KEY = "opt_in_key"
    VERBAL_YES_LOGGED = "verbal_yes_logged"
    WRITTEN = "written"
    MEETING_CLICK = "meeting_click"


class RefusalConsequence(StrEnum):
    NONE = "none"
    NO_SERVICE = "no_service"
    DELAY = "delay"
    OTHER = "other"


class InformationTiming(StrEnum):
    BEFORE_RECORDING = "before_recording"
    AT_START = "at_start"
    AFTER_RECORDING = "after_recording"
    NONE = "none"


class StorageLocation(StrEnum):
    EU_EEA = "eu_eea"
    US_DPF = "us_dpf"
    US_OTHER = "us_other"
    OTHER_THIRD_COUNTRY = "other_third_country"
    UNKNOWN = "unknown"


class AiFeature(StrEnum):
    TRANSCRIPTION = "transcription"
    SUMMARY = "summary"
    SPEECH_ANALYTICS = "speech_analytics"
    VOICE_BIOMETRICS = "voice_biometrics"


class TransferTool(StrEnum):
    ADEQUACY = "adequacy"
    DPF = "dpf"
    SCC = "scc"
    BCR = "bcr"
    NONE = "none"
    UNKNOWN = "unknown"


class Verdict(StrEnum):
    """What the assessment says about one purpose (``recordcheck.assessment/1``)."""

    ALLOWED_WITHOUT_CONSENT = "allowed_without_consent"
    ALLOWED_WITH_OPT_OUT = "allowed_with_opt_out"
    CONSENT_REQUIRED = "consent_required"
    REQUIRED_BY_LAW = "required_by_law"
    NOT_ALLOWED = "not_allowed"
    UNCERTAIN = "uncertain"


class Confidence(StrEnum):
    """How firmly the sources support a rule, strongest first."""

    VERIFIED = "verified"
    SECONDARY = "secondary"
    INFERENCE = "inference"
    UNVERIFIED = "unverified"

    @property
    def rank(self) -> int:
        return list(Confidence).index(self)

    @classmethod
    def weakest(cls, *levels: Confidence) -> Confidence:
        return max(levels, key=lambda level: level.rank)


class ObligationStatus(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


class Severity(StrEnum):
    BLOCKING = "blocking"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
