import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { CreateModeratorDto, FieldErrors, ModeratorsService, ValidationFailedError } from '@app/comments';
import { validBody } from '../http/request-validation';

/**
 * POST /v1/admin/moderators: the DTO's rules and the store's (every site id names a site) in one 422, so an admin
 * sees every bad field at once, as the hand parser answered.
 */
@Injectable()
export class ModeratorBodyPipe implements PipeTransform<unknown, Promise<CreateModeratorDto>> {
  constructor(private readonly moderators: ModeratorsService) {}

  async transform(value: unknown, metadata: ArgumentMetadata): Promise<CreateModeratorDto> {
    const sites = (value as { sites?: unknown } | null)?.sites;
    const unknownSites = await this.moderators.unknownSites(sites);
    let dto: CreateModeratorDto | undefined;
    let shapeErrors: { field: string; code: string; message: string }[] = [];
    try {
      dto = (await validBody.transform(value, metadata)) as CreateModeratorDto;
    } catch (error) {
      if (!(error instanceof ValidationFailedError)) throw error;
      shapeErrors = error.errors;
    }
    // A malformed `sites` is named once, by its shape.
    const sitesShapeBad = shapeErrors.some((e) => e.field === 'sites');
    const errors = new FieldErrors();
    for (const { field, code, message } of [...shapeErrors, ...(sitesShapeBad ? [] : unknownSites)])
      errors.add(field, code, message);
    errors.throwIfAny();
    return dto!;
  }
}
