"""说明.txt: what an auditor reads first, in Chinese, whatever the app's language."""

from __future__ import annotations

from datetime import date

from reviewer.archive.manifest import (
    AUDIT_MEMBER,
    CAMPAIGN_FOLDER,
    DOCUMENTS_FOLDER,
    MANIFEST,
    RETAIN_CLAUSE,
    RETURNED_FOLDER,
)

_TEXT = """评审档案说明

本压缩包是评审批次“{campaign}”的归档材料，由 Reviewer {version} 于 {archived} 生成。
依据{clause}，应至少保存至 {until}。

一、内容
  {campaign_folder}/            评审批次文件（SQLite 一致性副本，可用 Reviewer 打开）
  {documents_folder}/           已生成的文书（PDF、Word、Excel），仅收入与生成时一致者
  {returned_folder}/            专家交回的评分文件和评分表，按专家编号存放，保持交回原样
  {audit}  审计日志（谁、何时、做了什么、原值、新值、理由）
  {manifest}        清单：每个文件的 SHA-256 和大小、结果锁定校验码、版本和日期
{missing}
二、结果锁定校验码
  {fingerprint}

三、如何核验
  1. 用 Reviewer 核验（推荐）：reviewer verify 本文件.zip
     或在程序中选择“文件 ▸ 核验档案…”。全部一致时退出码为 0；
     任一文件被改动、缺失或多出时退出码为 1，并逐一列出文件名。
  2. 手工核验：解压后对每个文件计算 SHA-256（Windows：certutil -hashfile 文件 SHA256；
     Linux/macOS：sha256sum 文件），与 {manifest} 中 files 的 sha256 逐一比对。
     评审批次文件中锁定的结果，其校验码应与上面第二项一致。
"""


def readme_text(
    *,
    campaign: str,
    version: str,
    archived: date,
    until: date,
    fingerprint: str,
    missing: list[str],
) -> str:
    """The README for an archive of `campaign`, naming the documents left out."""
    gone = ""
    if missing:
        lines = "\n".join(f"  · {name}" for name in missing)
        gone = f"\n  下列文书已不存在或已被改动，未收入本档案：\n{lines}\n"
    return _TEXT.format(
        campaign=campaign,
        version=version,
        archived=archived.isoformat(),
        until=until.isoformat(),
        clause=RETAIN_CLAUSE,
        campaign_folder=CAMPAIGN_FOLDER,
        documents_folder=DOCUMENTS_FOLDER,
        returned_folder=RETURNED_FOLDER,
        audit=AUDIT_MEMBER,
        manifest=MANIFEST,
        missing=gone,
        fingerprint=fingerprint or "（结果未锁定）",
    ).replace("\n", "\r\n")  # Notepad on older Windows shows one line otherwise
